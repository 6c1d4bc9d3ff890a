import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, getNamedType, graphql, isInputObjectType, type GraphQLInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from '../../config.js';
import { applyArgumentRules } from '../argument-rules.js';
import { limitOf, withLimit } from '../text.js';

// Issue 14 §3: one check of every root field's arguments, read from the schema: text limits stated in the
// descriptions, ids, years.

const SDL = (planDescription: string) => `
  type Query { ok(year: Int, id: ID): Boolean }
  input Plan {
    """${planDescription}"""
    text: String!
    """${withLimit('附件 / Files', 5)}"""
    files: [String!]
  }
  type Mutation { plan(input: Plan!, """${withLimit('说明 / Note', 3)}""" note: String): Boolean }
`;

function app(planDescription = withLimit('方案 / Plan', 10)) {
  const schema = buildSchema(SDL(planDescription));
  for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
    for (const f of Object.values(root.getFields())) f.resolve = () => true;
  }
  applyArgumentRules(schema);
  return (source: string) => graphql({ schema, source });
}

describe('argument rules', () => {
  it('writes and reads a limit in a bilingual description', () => {
    const d = withLimit('整改方案 / Plan', 5000);
    expect(d).toBe('整改方案（最多 5000 个字符）/ Plan (at most 5000 characters)');
    expect(limitOf(d)).toBe(5000);
    expect(limitOf('整改方案 / Plan')).toBeNull();
  });

  it('refuses to build a schema whose mutation takes a String without a stated limit', () => {
    expect(() => app('方案 / Plan')).toThrow(/without a length limit.*Plan\.text/);
  });

  it.each([
    [
      'a long argument',
      'mutation { plan(input: { text: "a" }, note: "abcd") }',
      'note',
      /at most 3 characters \(got 4\)/,
    ],
    ['a long input field', 'mutation { plan(input: { text: "12345678901" }) }', 'input.text', /at most 10/],
    [
      'a long list item',
      'mutation { plan(input: { text: "a", files: ["ok", "toolong"] }) }',
      'input.files[1]',
      /at most 5/,
    ],
    ['a NUL byte', 'mutation { plan(input: { text: "a\\u0000b" }) }', 'input.text', /NUL/],
    ['a malformed id', '{ ok(id: "nope") }', 'id', /not a valid id/],
    ['a year out of range', '{ ok(year: 1999) }', 'year', /between 2000 and 2100/],
  ])('refuses %s naming its path', async (_name, source, field, message) => {
    const res = await app()(source);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors![0]!.message).toMatch(message);
    expect(res.errors![0]!.message).toContain(`${field}：`);
  });

  it('lets values within the rules through', async () => {
    const id = Buffer.from('Project:12').toString('base64url');
    expect(
      (await app()('mutation { plan(input: { text: "整改方案", files: ["a.pdf"] }, note: "好") }')).errors,
    ).toBeUndefined();
    expect((await app()(`{ ok(year: 2023, id: "${id}") }`)).errors).toBeUndefined();
  });

  it('holds for the real schema: every String a mutation takes states its limit', () => {
    const schema = buildSchema(readFileSync(resolve(REPO_DIR, 'packages/schema/schema.graphql'), 'utf8'));
    const missing: string[] = [];
    const seen = new Set<string>();
    let strings = 0;
    const visit = (t: GraphQLInputObjectType) => {
      if (seen.has(t.name)) return;
      seen.add(t.name);
      for (const f of Object.values(t.getFields())) {
        const named = getNamedType(f.type);
        if (named.name === 'String') {
          strings++;
          if (limitOf(f.description) === null) missing.push(`${t.name}.${f.name}`);
        }
        if (isInputObjectType(named)) visit(named);
      }
    };
    for (const m of Object.values(schema.getMutationType()!.getFields())) {
      for (const a of m.args) {
        const named = getNamedType(a.type);
        if (named.name === 'String') {
          strings++;
          if (limitOf(a.description) === null) missing.push(`${m.name}(${a.name})`);
        }
        if (isInputObjectType(named)) visit(named);
      }
    }
    expect(strings).toBeGreaterThan(90);
    expect(missing).toEqual([]);
  });
});
