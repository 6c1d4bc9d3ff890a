import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, parse, type DocumentNode, type ValueNode } from 'graphql';
import type { Context } from './context.js';

// A variable that fails its type (a Decimal with three decimals, text for a number) is reported by GraphQL
// as `Variable "$v" got invalid value … at "v.budget"`: the client's variable name, which the person filling
// the form never saw. This names the argument instead (`input.budget`, `amount`), in Chinese and English,
// with the field in `extensions.field` like every other input error (issue 13 §4).

const VARIABLE_ERROR = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value (.*?)(?: at "([^"]+)")?; (.*)$/s;

/** Where each variable is used: the argument path it fills (`input`, `input.actuals[].value`, `amount`). */
export function usesOf(document: DocumentNode): Map<string, string> {
  const uses = new Map<string, string>();
  const visit = (value: ValueNode, path: string) => {
    if (value.kind === Kind.VARIABLE) {
      if (!uses.has(value.name.value)) uses.set(value.name.value, path);
    } else if (value.kind === Kind.OBJECT) {
      for (const f of value.fields) visit(f.value, `${path}.${f.name.value}`);
    } else if (value.kind === Kind.LIST) {
      value.values.forEach((v, i) => visit(v, `${path}[${i}]`));
    }
  };
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { kind?: string; arguments?: readonly { name: { value: string }; value: ValueNode }[] };
    if ((n.kind === Kind.FIELD || n.kind === Kind.DIRECTIVE) && n.arguments) {
      for (const a of n.arguments) visit(a.value, a.name.value);
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === 'loc') continue;
      if (Array.isArray(child)) child.forEach(walk);
      else if (child && typeof child === 'object') walk(child);
    }
  };
  for (const d of document.definitions) walk(d);
  return uses;
}

/** `v.budget` at variable `v` used as argument `input` → `input.budget`. */
export function argumentPath(variable: string, at: string | undefined, argument: string): string {
  if (!at) return argument;
  return at === variable ? argument : `${argument}${at.slice(variable.length)}`;
}

export function variableErrorsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, document, source }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.some((e) => VARIABLE_ERROR.test(e.message))) return;
          let uses: Map<string, string> | null = null;
          try {
            uses = usesOf(document ?? parse(source ?? ''));
          } catch {
            return;
          }
          response.body.singleResult.errors = errors.map((e) => {
            const m = VARIABLE_ERROR.exec(e.message);
            if (!m) return e;
            const [, variable, , at, reason] = m as unknown as [string, string, string, string | undefined, string];
            const argument = uses!.get(variable);
            if (!argument) return e;
            const field = argumentPath(variable, at, argument);
            // graphql-js prefixes a scalar's own message with `Expected type "Decimal".`: the scalar says it better.
            const own = reason.replace(/^Expected type "[^"]+"\.\s*/, '');
            const [en, zh] = own.includes(' / ') ? own.split(' / ') : [own, '取值无效'];
            return {
              ...e,
              message: `${field}：${zh!.trim()} / ${field}: ${en!.trim()}`,
              extensions: { ...e.extensions, code: 'BAD_USER_INPUT', field, variable: `$${variable}` },
            };
          });
        },
      };
    },
  };
}
