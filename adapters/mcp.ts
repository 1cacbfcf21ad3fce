// Drives a memory server that speaks MCP: starts it as a child process over stdio (config
// `command`, `args`, `env`, `cwd`) and maps Threadline's calls onto the knowledge-graph tools of
// @modelcontextprotocol/server-memory (create_entities, search_nodes, read_graph, delete_entities).
//
// The mapping:
// - Every utterance becomes one entity of type "utterance" named
//   `threadline/<tenant or "default">/turn-<n>`, with the utterance as its single observation
//   (one create_entities call per turn). The scope lives in the name, so tenants never mix. One
//   entity per utterance, rather than one per tenant holding every utterance, is what lets the
//   server's search tell utterances apart: a per-tenant entity would match every word and come
//   back whole, so nothing could be ranked and every answer would be the tenant's entire history.
// - A question: server-memory's search_nodes matches its whole query as one substring, so a
//   question verbatim finds nothing. Each content word of the question is searched on its own
//   (one call at a time), utterances are ranked by how many words found them (ties: the most
//   recent first), and the top `k` (default 5) are the answer text.
// - dump(scope): read_graph, then the scope's utterances in the order they were said.
// - reset(): read_graph, then delete_entities of every entity under `threadline/` — through the
//   protocol, so it works whichever file the server uses and never touches entities of others.
// - State: `dataDirEnv` (default MEMORY_FILE_PATH) is set to `<dataDir>/<dataFile>` (default
//   memory.jsonl), so the graph persists in the run's data directory and a new instance reads it.
//
// server-memory rewrites its whole file per call and loses concurrent writes, so calls go to the
// server strictly one at a time (see connection.ts), whatever the harness does.
import { mkdir } from 'node:fs/promises';
import { identityFromConfig } from '../src/adapter/identity.js';
import type { AdapterDefinition, CallOptions, MemoryAdapter, Scope, TurnInput } from '../src/adapter/contract.js';
import { contentWords } from '../src/text/words.js';
import { mcpConfigSchema, serverEnvironment, type McpConfig } from './mcp/config.js';
import type { McpConnection } from './mcp/connection.js';
import { KnowledgeGraph, missingTools } from './mcp/knowledge-graph.js';
import { HitTally, isOurs, seqOf, utteranceEntity, utterancesInOrder } from './mcp/mapping.js';

/** A one-letter word is a substring of nearly everything. */
const MIN_WORD_LENGTH = 2;

class McpMemoryAdapter implements MemoryAdapter {
  private connection: McpConnection | undefined;
  private graph: KnowledgeGraph | undefined;
  private lastSeq = 0;

  constructor(private readonly config: McpConfig) {}

  async open(ctx: { dataDir: string }, { signal }: CallOptions): Promise<void> {
    await mkdir(ctx.dataDir, { recursive: true });
    const { McpConnection } = await import('./mcp/connection.js');
    const { connection, tools } = await McpConnection.start(this.config, serverEnvironment(this.config, ctx.dataDir), signal);
    this.connection = connection;
    try {
      const missing = missingTools(tools);
      if (missing.length > 0)
        throw new Error(`the MCP server lacks the knowledge-graph tools ${missing.join(', ')} (it offers: ${tools.join(', ') || 'none'})`);
      this.graph = new KnowledgeGraph(connection);
      // Turn numbers continue after what an earlier instance left, so no name is reused (the
      // server would silently skip an entity whose name exists).
      const existing = await this.graph.readGraph(signal);
      this.lastSeq = existing.reduce((last, e) => Math.max(last, seqOf(e.name) ?? 0), 0);
    } catch (error) {
      // The harness closes only instances that opened, so a failed open must not leave the child behind.
      await this.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    const connection = this.connection;
    this.connection = undefined;
    this.graph = undefined;
    await connection?.close();
  }

  async reset({ signal }: CallOptions): Promise<void> {
    const ours = (await this.knowledgeGraph().readGraph(signal)).filter(isOurs).map((e) => e.name);
    if (ours.length > 0) await this.knowledgeGraph().deleteEntities(ours, signal);
    this.lastSeq = 0;
  }

  async ingest(turn: TurnInput, scope: Scope, { signal }: CallOptions) {
    const graph = this.knowledgeGraph();
    await graph.createEntities([utteranceEntity(scope, ++this.lastSeq, turn.text)], signal);
    return { facts: [{ text: turn.text }] };
  }

  async query(question: string, scope: Scope, { signal }: CallOptions) {
    const graph = this.knowledgeGraph();
    const tally = new HitTally(scope);
    for (const word of contentWords(question).filter((w) => w.length >= MIN_WORD_LENGTH)) {
      tally.add(word, await graph.searchNodes(word, signal));
    }
    const top = tally.top(this.config.k);
    const texts = top.map((r) => r.entity.observations.join('\n'));
    return { text: texts.join('\n'), candidates: top.map((r, i) => ({ text: texts[i], score: r.hits, id: r.entity.name })) };
  }

  async dump(scope: Scope, { signal }: CallOptions): Promise<string> {
    const entities = await this.knowledgeGraph().readGraph(signal);
    return utterancesInOrder(entities, scope)
      .map((e) => e.observations.join('\n'))
      .join('\n');
  }

  private knowledgeGraph(): KnowledgeGraph {
    if (!this.graph) throw new Error('mcp: open() was not called');
    return this.graph;
  }
}

const mcp: AdapterDefinition = {
  name: 'mcp',
  version: '1.0.0',
  description:
    'an MCP memory server over stdio (knowledge-graph tools of @modelcontextprotocol/server-memory; config: command, args, env, cwd, k, dataDirEnv, dataFile)',
  persistent: true,
  identify: (config) =>
    identityFromConfig({ name: 'mcp', version: '1.0.0' })({
      name: config.system,
      version: config.systemVersion,
      llmInLoop: config.llmInLoop,
    }),
  configSchema: mcpConfigSchema,
  secretFields: ['env'],
  create: (config) => new McpMemoryAdapter(mcpConfigSchema.parse(config)),
};

export default mcp;
