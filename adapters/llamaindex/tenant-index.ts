// One tenant's LlamaIndex VectorStoreIndex, kept in its own persist directory with LlamaIndex's simple
// local stores (document store, index store, vector store as JSON files, each rewritten on every
// write), so a new instance on the same directory sees everything stored before.
import {
  Document,
  MetadataMode,
  Settings,
  SimpleDocumentStore,
  SimpleIndexStore,
  SimpleVectorStore,
  storageContextFromDefaults,
  VectorStoreIndex,
  type BaseEmbedding,
  type BaseNode,
  type NodeWithScore,
} from 'llamaindex';

/** LlamaIndex logs "Starting new store from path …" to stdout for every new store; keep the CLI's output clean. */
const quietLogger = {
  log: () => {},
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => console.error(...args),
};

// Metadata is bookkeeping and the clock: only what was said goes into the text's vector.
const EXCLUDED_FROM_EMBEDDING = ['tenant', 'time', 'seq'];

export interface RetrievedMemory {
  text: string;
  score?: number;
  id: string;
}

export class TenantIndex {
  private constructor(
    private readonly index: VectorStoreIndex,
    private readonly embedModel: BaseEmbedding,
    private readonly tenant: string,
    private seq: number,
  ) {}

  static async open(persistDir: string, tenant: string, embedModel: BaseEmbedding): Promise<TenantIndex> {
    const options = { logger: quietLogger };
    const storageContext = await storageContextFromDefaults({
      docStore: await SimpleDocumentStore.fromPersistDir(persistDir, undefined, options),
      indexStore: await SimpleIndexStore.fromPersistDir(persistDir, options),
      vectorStore: await SimpleVectorStore.fromPersistDir(persistDir, embedModel, options),
    });
    // The index reads its embedding model from Settings when it is built: scope it to this call
    // rather than set it process-wide. Settings.llm is never set, so any LLM use would throw.
    const index = await Settings.withEmbedModel(embedModel, () => VectorStoreIndex.init({ storageContext, nodes: [] }));
    const seqs = Object.values(await storageContext.docStore.docs()).map((node) => seqOf(node.metadata));
    return new TenantIndex(index, embedModel, tenant, Math.max(0, ...seqs));
  }

  async insert(text: string, time: string | undefined): Promise<void> {
    const document = new Document({
      text,
      metadata: { tenant: this.tenant, seq: ++this.seq, ...(time ? { time } : {}) },
      excludedEmbedMetadataKeys: EXCLUDED_FROM_EMBEDDING,
    });
    await Settings.withEmbedModel(this.embedModel, () => this.index.insert(document));
  }

  async retrieve(question: string, k: number): Promise<RetrievedMemory[]> {
    const hits = await Settings.withEmbedModel(this.embedModel, () =>
      this.index.asRetriever({ similarityTopK: k }).retrieve({ query: question }),
    );
    return hits.map((hit: NodeWithScore) => ({ text: renderNode(hit.node), score: hit.score, id: hit.node.id_ }));
  }

  /** Every stored node, in the order the turns were said. */
  async all(): Promise<string[]> {
    const nodes = Object.values(await this.index.docStore.docs());
    return nodes.sort((a, b) => seqOf(a.metadata) - seqOf(b.metadata)).map(renderNode);
  }
}

/**
 * A node as a language model would be handed it: the story's clock, then what was said. Rendered
 * here rather than with MetadataMode.LLM because the document store drops a node's metadata
 * exclusions when it reads nodes back, so the library's rendering would expose the bookkeeping.
 */
function renderNode(node: BaseNode): string {
  const text = node.getContent(MetadataMode.NONE);
  return typeof node.metadata.time === 'string' ? `[${node.metadata.time}] ${text}` : text;
}

function seqOf(metadata: Record<string, unknown>): number {
  return typeof metadata.seq === 'number' ? metadata.seq : 0;
}
