// The benchmark's tools on the official MCP TypeScript SDK, as its README shows them:
//   node server.mjs                 stdio
//   node server.mjs http --port N   Streamable HTTP (stateful sessions) at /bench/mcp on express
import { randomUUID } from 'node:crypto';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';

function createServer() {
  const server = new McpServer({ name: 'bench', version: '0.1.0' });
  server.registerTool('echo', {
    description: 'Echoes a message.',
    inputSchema: { message: z.string() },
  }, async ({ message }) => ({ content: [{ type: 'text', text: message }] }));
  server.registerTool('add', {
    description: 'Adds two integers.',
    inputSchema: { a: z.number().int(), b: z.number().int() },
  }, async ({ a, b }) => ({ content: [{ type: 'text', text: String(a + b) }] }));
  return server;
}

const args = process.argv.slice(2);
if (args[0] === 'http') {
  const port = Number(args[args.indexOf('--port') + 1]);
  const { default: express } = await import('express');
  const app = express();
  app.use(express.json({ limit: '4mb' }));
  const transports = {};
  app.post('/bench/mcp', async (req, res) => {
    const sessionId = req.headers['mcp-session-id'];
    let transport = sessionId ? transports[sessionId] : undefined;
    if (!transport && !sessionId && isInitializeRequest(req.body)) {
      transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (id) => { transports[id] = transport; },
      });
      transport.onclose = () => { if (transport.sessionId) delete transports[transport.sessionId]; };
      await createServer().connect(transport);
    }
    if (!transport) {
      res.status(400).json({ jsonrpc: '2.0', error: { code: -32000, message: 'Bad session' }, id: null });
      return;
    }
    await transport.handleRequest(req, res, req.body);
  });
  app.listen(port, '127.0.0.1', () => console.error(`ts peer: http on port ${port}`));
} else {
  await createServer().connect(new StdioServerTransport());
  console.error('ts peer: stdio');
}
