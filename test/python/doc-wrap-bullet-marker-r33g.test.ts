/**
 * Docstring prose never wraps so that a line starts with a word Markdown would read as opening a block: a bullet
 * list's marker (`-`, `*`, `+`), a heading's `#`s or a quote's `>`, as well as an ordered list's `2.`. The word
 * before it moves down with it, as Stainless's wrap (Prettier's Markdown printer) does: llama-stack's
 * `tool_prompt_format`, "…formatted as a JSON\nobject. - `ToolPromptFormat.function_tag`: …".
 */
import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../generator/emit/python/docs/doc-wrap';

const TOOL_PROMPT_FORMAT =
  'By default, Llama Stack will attempt to use a format that is best adapted to the model. - ' +
  '`ToolPromptFormat.json`: The tool calls are formatted as a JSON object. - `ToolPromptFormat.function_tag`: ' +
  'The tool calls are enclosed in a <function=function_name> tag.';

describe('wrapping before a bullet, heading or quote marker', () => {
  it('moves the word before a bullet marker down with it', () => {
    expect(wrapWords(TOOL_PROMPT_FORMAT, 80)).toEqual([
      'By default, Llama Stack will attempt to use a format that is best adapted to the',
      'model. - `ToolPromptFormat.json`: The tool calls are formatted as a JSON',
      'object. - `ToolPromptFormat.function_tag`: The tool calls are enclosed in a',
      '<function=function_name> tag.',
    ]);
  });

  it('treats `*`, `+`, `#`s and a word opening with `>` alike', () => {
    for (const marker of ['*', '+', '##', '>='])
      expect(wrapWords(`aaaa bbbb ${marker} c`, 10)).toEqual(['aaaa', `bbbb ${marker} c`]);
  });

  it('wraps a word that only looks like one as any word', () => {
    expect(wrapWords('aaaa bbbb -- c', 10)).toEqual(['aaaa bbbb', '-- c']);
    expect(wrapWords('aaaa bbbb ####### c', 10)).toEqual(['aaaa bbbb', '####### c']);
  });
});
