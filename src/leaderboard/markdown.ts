// results/LEADERBOARD.md: the leaderboard as one Markdown table, with the facts needed to read and
// reproduce it. Every cell goes through markdownCell, whatever its origin.
import { LEGEND } from './cell.js';
import { COLUMNS } from './columns.js';
import { markdownCell } from '../text/markup.js';
import type { Leaderboard } from './leaderboard.js';
import { ABOUT, HEADLINE_WHY, rowsNote } from './wording.js';

export function renderLeaderboardMarkdown(board: Leaderboard): string {
  const lines = ['# Threadline leaderboard', '', ABOUT, '', HEADLINE_WHY, ''];
  const { corpus } = board;
  lines.push(
    `- **Corpus:** sha256 ${markdownCell(corpus.hash)} (${markdownCell(corpus.paths.join(', '))}; ${corpus.storyCounts.join(', ')} stories). Rows from other corpora are not mixed in.`,
  );
  for (const rule of board.gradingRules) lines.push(`- **Grading rule:** ${markdownCell(rule.name)} — ${markdownCell(rule.description)}.`);
  lines.push(`- **Rows:** ${rowsNote(board)}.`);
  lines.push(
    `- **PTE:** ${markdownCell(board.efficiency.gammaProfile)}, ${markdownCell(board.efficiency.encoding)} tokens, declared answer length ${board.efficiency.answerTokens} tokens.`,
  );
  lines.push(`- **Generated:** ${board.generatedAt} by \`threadline leaderboard\` from the results store.`, '');

  const cells = (values: string[]) => `| ${values.join(' | ')} |`;
  lines.push(cells(COLUMNS.map((c) => markdownCell(c.label))));
  lines.push(cells(COLUMNS.map((c) => (c.group === 'System' || c.group === 'Provenance' ? '---' : '---:'))));
  for (const row of board.rows) {
    lines.push(
      cells(
        COLUMNS.map((c) => {
          const cell = c.cell(row);
          return markdownCell(cell.detail ? `${cell.text} (${cell.detail})` : cell.text);
        }),
      ),
    );
  }
  lines.push(
    '',
    `**Legend.** ${Object.entries(LEGEND)
      .map(([mark, meaning]) => `${markdownCell(mark)}: ${markdownCell(meaning)}`)
      .join('; ')}.`,
  );
  if (board.otherCorpora.length > 0) {
    const others = board.otherCorpora.map((o) => `${markdownCell(o.corpusHash.slice(0, 12))} (${o.runs} runs)`).join(', ');
    lines.push('', `Other corpora in the store, not shown here: ${others}. Use \`threadline leaderboard --corpus-hash <prefix>\`.`);
  }
  return `${lines.join('\n')}\n`;
}
