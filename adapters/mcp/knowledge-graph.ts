// The knowledge-graph tools of @modelcontextprotocol/server-memory (and servers that copy its
// API), typed, with their answers validated. Names and arguments follow its dist/index.js.
import { z } from 'zod';
import type { McpConnection, ToolResult } from './connection.js';

const entitySchema = z.object({
  name: z.string(),
  entityType: z.string(),
  observations: z.array(z.string()),
});

const graphSchema = z.object({
  entities: z.array(entitySchema),
  relations: z.array(z.unknown()).default([]),
});

export type Entity = z.infer<typeof entitySchema>;

export const REQUIRED_TOOLS = ['create_entities', 'search_nodes', 'read_graph', 'delete_entities'] as const;

export class KnowledgeGraph {
  constructor(private readonly connection: McpConnection) {}

  /** Entities whose name already exists are skipped by the server, not updated. */
  async createEntities(entities: Entity[], signal: AbortSignal): Promise<void> {
    await this.connection.callTool({ name: 'create_entities', arguments: { entities }, cancellable: false }, signal);
  }

  async deleteEntities(entityNames: string[], signal: AbortSignal): Promise<void> {
    await this.connection.callTool({ name: 'delete_entities', arguments: { entityNames }, cancellable: false }, signal);
  }

  /** Entities with `query` as a case-insensitive substring of their name, type or an observation. */
  async searchNodes(query: string, signal: AbortSignal): Promise<Entity[]> {
    return entitiesOf(await this.connection.callTool({ name: 'search_nodes', arguments: { query }, cancellable: true }, signal));
  }

  async readGraph(signal: AbortSignal): Promise<Entity[]> {
    return entitiesOf(await this.connection.callTool({ name: 'read_graph', arguments: {}, cancellable: true }, signal));
  }
}

export function missingTools(offered: readonly string[]): string[] {
  return REQUIRED_TOOLS.filter((tool) => !offered.includes(tool));
}

/** The graph from structured content, or else from the JSON text older servers send. */
function entitiesOf(result: ToolResult): Entity[] {
  const payload = result.structuredContent ?? parseJson(result.content.find((c) => c.type === 'text')?.text);
  const parsed = graphSchema.safeParse(payload);
  if (!parsed.success) throw new Error(`unexpected graph from the server: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data.entities;
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
