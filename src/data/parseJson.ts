/**
 * JSON.parse with an error that says where: line and column, counted from 1. Engines word
 * their messages differently (V8 gives a position, others give line and column), so the
 * position is found in either form and turned into a line and column here.
 */
import type { Problem } from './problems';

/** The outcome of parsing a document's text. */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** Parses JSON text; on failure, a problem naming line and column. */
export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = locate(text, message);
    const reason = message.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/ \(line \d+ column \d+\)$/, '');
    return {
      ok: false,
      problem: { path: [], message: where ? `not valid JSON at line ${where.line}, column ${where.column}: ${reason}` : `not valid JSON: ${reason}` },
    };
  }
}

function locate(text: string, message: string): { line: number; column: number } | null {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : /Unexpected end of JSON input/.test(message) ? text.length : -1;
  if (offset < 0) return null;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
