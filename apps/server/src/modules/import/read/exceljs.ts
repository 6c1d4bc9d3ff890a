import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';
import type ExcelJSModule from 'exceljs';

// exceljs 4.4's streaming reader decodes each inflated chunk to text on its own (utils/parse-sax.js), so a
// Chinese character split between two chunks comes out as U+FFFD: "导入测试项目第518号" read as "…第518��"
// (found by the import test). Its parser is swapped here, before exceljs loads it, for the same one with a
// StringDecoder that carries a split character over to the next chunk.

const require = createRequire(import.meta.url);
const excelRequire = createRequire(require.resolve('exceljs'));
const parseSaxPath = excelRequire.resolve('./lib/utils/parse-sax.js');
const readerPath = excelRequire.resolve('./lib/stream/xlsx/worksheet-reader.js');
if (require.cache[readerPath])
  throw new Error('exceljs was loaded before its UTF-8 fix (import it from read/exceljs.ts)');

const { SaxesParser } = excelRequire('saxes') as { SaxesParser: new () => any };

async function* parseSax(iterable: AsyncIterable<Buffer | string>) {
  const parser = new SaxesParser();
  const decoder = new StringDecoder('utf8');
  let error: unknown;
  let events: { eventType: string; value: unknown }[] = [];
  parser.on('error', (e: unknown) => (error = e));
  parser.on('opentag', (value: unknown) => events.push({ eventType: 'opentag', value }));
  parser.on('text', (value: unknown) => events.push({ eventType: 'text', value }));
  parser.on('closetag', (value: unknown) => events.push({ eventType: 'closetag', value }));
  const source = (iterable as any).pipe && !(iterable as any)[Symbol.asyncIterator] ? null : iterable;
  if (!source) throw new Error('exceljs handed a stream without async iteration');
  for await (const chunk of source) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    if (error) throw error;
    yield events;
    events = [];
  }
  const rest = decoder.end();
  if (rest) {
    parser.write(rest);
    if (error) throw error;
    yield events;
  }
}

excelRequire(parseSaxPath);
require.cache[parseSaxPath]!.exports = parseSax;

export const ExcelJS = excelRequire('exceljs') as typeof ExcelJSModule;
