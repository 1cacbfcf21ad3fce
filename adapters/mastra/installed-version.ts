// The installed version of a Mastra package (each exports its package.json).
import { createRequire } from 'node:module';

export function installedMastraVersion(packageName: '@mastra/memory' | '@mastra/core' | '@mastra/libsql'): string {
  return (createRequire(import.meta.url)(`${packageName}/package.json`) as { version: string }).version;
}
