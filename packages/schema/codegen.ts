import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: './schema.graphql',
  documents: [
    '../../apps/dashboard/src/**/*.{ts,tsx}',
    '!../../apps/dashboard/src/**/*.test.{ts,tsx}',
    '!../../apps/dashboard/src/test/**',
    '!../../apps/dashboard/src/generated/**',
  ],
  ignoreNoDocuments: true,
  generates: {
    './src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
  },
};

export default config;
