import { createRequire } from 'node:module';
import type { CodegenConfig } from '@graphql-codegen/cli';

// The schema is the one the server emits into @jixiao/schema (committed there).
const schema = createRequire(import.meta.url).resolve('@jixiao/schema/schema.graphql');

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Decimal stays a string: exact yuan, never a float. Scalars not mapped here (the server adds
        // some for features the dashboard does not use yet) come out as `unknown`, never `any`.
        scalars: { Decimal: 'string', DateTimeISO: 'string' },
        defaultScalarType: 'unknown',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
      },
    },
  },
};

export default config;
