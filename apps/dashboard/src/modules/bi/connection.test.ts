import { describe, expect, it } from 'vitest';
import { authorizationHeader, curlLine, endpointOf, SAMPLE_QUERY } from './connection';

describe('BI connection instructions', () => {
  it('name the endpoint and the header', () => {
    expect(endpointOf('https://jixiao.example.gov.cn/')).toBe('https://jixiao.example.gov.cn/graphql');
    expect(authorizationHeader('jx_abc')).toBe('Authorization: Bearer jx_abc');
  });

  it('give a curl line whose body is the sample query as JSON', () => {
    const line = curlLine('http://127.0.0.1:4000/graphql', 'jx_abc', 2023);
    expect(
      line.startsWith(
        "curl -s 'http://127.0.0.1:4000/graphql' -H 'Content-Type: application/json' -H 'Authorization: Bearer jx_abc' --data '",
      ),
    ).toBe(true);
    const body = JSON.parse(line.slice(line.indexOf("--data '") + 8, -1));
    expect(body.variables).toEqual({ year: 2023 });
    expect(body.query).toBe(SAMPLE_QUERY.replace(/\s+/g, ' '));
  });
});
