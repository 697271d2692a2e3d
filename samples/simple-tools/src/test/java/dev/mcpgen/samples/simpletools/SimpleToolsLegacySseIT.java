package dev.mcpgen.samples.simpletools;

import io.modelcontextprotocol.client.transport.HttpClientSseClientTransport;
import io.modelcontextprotocol.spec.McpClientTransport;

/** The simple-tools contract over the legacy HTTP+SSE transport (MCP 2024-11-05). */
class SimpleToolsLegacySseIT extends SimpleToolsHttpContract {
  @Override
  McpClientTransport transport(String baseUrl) {
    return HttpClientSseClientTransport.builder(baseUrl).sseEndpoint("/simple-tools/sse").build();
  }

  /** The SDK's SSE client speaks only the revision of that transport. */
  @Override
  String expectedProtocolVersion() {
    return "2024-11-05";
  }
}
