import { GraphQLScalarType } from 'graphql';
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { GraphQLISODateTime } from 'type-graphql';

// The third-party scalars, as they are, with the bilingual description the API requires.

/** type-graphql's DateTimeISO (what `Date` fields map to). */
export const DateTimeISOScalar = new GraphQLScalarType({
  ...GraphQLISODateTime.toConfig(),
  description: '日期时间（UTC，ISO 8601 字符串）/ A date-time at UTC as an ISO 8601 string, e.g. 2024-05-31T16:00:00Z',
});

export const JSONScalar = new GraphQLScalarType({
  ...GraphQLJSON.toConfig(),
  description: '任意 JSON 值 / Any JSON value (ECMA-404)',
});

export const JSONObjectScalar = new GraphQLScalarType({
  ...GraphQLJSONObject.toConfig(),
  description: 'JSON 对象 / A JSON object (ECMA-404)',
});
