// mem0 insists on an LLM in its config even when every add() passes infer: false. This one, given
// through mem0's "langchain" provider (any object with invoke), throws on use, so an accidental LLM
// call fails the turn loudly instead of reaching a remote model.
export const refusingLlm = {
  model: 'none',
  invoke: (): never => {
    throw new Error('mem0: a language model was called, but this adapter adds with infer: false and has none');
  },
};
