package dev.mcpgen.samples.simpletools;

import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpClientTransport;

/** The simple-tools contract over Streamable HTTP (MCP 2025-11-25). */
class SimpleToolsStreamableHttpIT extends SimpleToolsHttpContract {
  @Override
  McpClientTransport transport(String baseUrl) {
    return HttpClientStreamableHttpTransport.builder(baseUrl).endpoint("/simple-tools/mcp").build();
  }
}
