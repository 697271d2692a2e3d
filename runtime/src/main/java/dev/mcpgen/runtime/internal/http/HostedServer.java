package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.internal.server.ServerCore;
import dev.mcpgen.runtime.spi.ServerFactory;

/**
 * A server the host serves, under {@code /{name}/...}.
 *
 * @param name its name, from its {@link dev.mcpgen.runtime.spi.ServerInfo}
 * @param factory creates its instances
 * @param core serves its connections
 */
record HostedServer(String name, ServerFactory factory, ServerCore core) {}
