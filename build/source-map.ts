/** Maps positions in the compiled template back to template-src files. */
import { SourceMapConsumer } from 'source-map-js';
import path from 'node:path';

export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

export type PositionMapper = (line: number, column: number) => SourcePosition;

/**
 * `root` is the repository root; positions are reported relative to it,
 * e.g. `template-src/user-data/normalize-phone.ts:12:4`.
 */
export function createPositionMapper(map: string, mapDir: string, root: string): PositionMapper {
  const consumer = new SourceMapConsumer(JSON.parse(map));
  return (line, column) => {
    let pos = consumer.originalPositionFor({
      line,
      column,
      bias: SourceMapConsumer.GREATEST_LOWER_BOUND,
    });
    if (pos.source === null) {
      pos = consumer.originalPositionFor({
        line,
        column,
        bias: SourceMapConsumer.LEAST_UPPER_BOUND,
      });
    }
    if (pos.source === null) return { file: 'compiled template', line, column };
    const file = path.relative(root, path.resolve(mapDir, pos.source)).split(path.sep).join('/');
    return { file, line: pos.line, column: pos.column };
  };
}

export function formatPosition(p: SourcePosition): string {
  return p.file + ':' + p.line + ':' + (p.column + 1);
}
