import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from '../../config.js';

/** The API requirement: every type and field is documented in Chinese and English. */
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const LATIN = /[A-Za-z]/;

function isBilingual(description: string | null | undefined): boolean {
  return !!description && CJK.test(description) && LATIN.test(description);
}

interface Described {
  /** Schema coordinate, e.g. `Project.code`, `Query.project(id:)`, `Grade.EXCELLENT`. */
  coordinate: string;
  description: string | null | undefined;
}

/** The types the API defines (built-in scalars and introspection types are graphql's own). */
function ownTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap())
    .filter((t) => !isSpecifiedScalarType(t) && !isIntrospectionType(t))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const collectors: { kind: string; collect: (schema: GraphQLSchema) => Described[] }[] = [
  {
    kind: 'types',
    collect: (schema) => ownTypes(schema).map((t) => ({ coordinate: t.name, description: t.description })),
  },
  {
    kind: 'fields of object, interface and input types',
    collect: (schema) =>
      ownTypes(schema).flatMap((t) =>
        isObjectType(t) || isInterfaceType(t) || isInputObjectType(t)
          ? Object.values(t.getFields()).map((f) => ({ coordinate: `${t.name}.${f.name}`, description: f.description }))
          : [],
      ),
  },
  {
    kind: 'arguments of fields',
    collect: (schema) =>
      ownTypes(schema).flatMap((t) =>
        isObjectType(t) || isInterfaceType(t)
          ? Object.values(t.getFields()).flatMap((f) =>
              f.args.map((a) => ({ coordinate: `${t.name}.${f.name}(${a.name}:)`, description: a.description })),
            )
          : [],
      ),
  },
  {
    kind: 'enum values',
    collect: (schema) =>
      ownTypes(schema).flatMap((t) =>
        isEnumType(t)
          ? t.getValues().map((v) => ({ coordinate: `${t.name}.${v.name}`, description: v.description }))
          : [],
      ),
  },
];

describe('packages/schema/schema.graphql descriptions', () => {
  const schema = buildSchema(readFileSync(resolve(REPO_DIR, 'packages/schema/schema.graphql'), 'utf8'));

  it.each(collectors)('documents all $kind in Chinese and English (`中文 / English`)', ({ collect }) => {
    const items = collect(schema);
    expect(items.length).toBeGreaterThan(0);
    const offenders = items
      .filter((i) => !isBilingual(i.description))
      .map(
        (i) =>
          `${i.coordinate}: ${i.description === undefined || i.description === null ? '(none)' : JSON.stringify(i.description)}`,
      );
    expect(offenders, `${offenders.length} without a bilingual description:\n${offenders.join('\n')}`).toEqual([]);
  });
});
