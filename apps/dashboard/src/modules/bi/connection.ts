// Copy-ready connection instructions for a BI tool: endpoint, header, a sample query and a curl line.

export const SAMPLE_QUERY = `query ExecutionByFundFamily($year: Int!) {
  projectAggregate(groupBy: [FUND_FAMILY, CHECKPOINT], filter: { year: $year }) {
    keys { dimension key label }
    projectCount
    budget
    executed
    executionRate
  }
}`;

export function endpointOf(origin: string): string {
  return `${origin.replace(/\/+$/, '')}/graphql`;
}

export function authorizationHeader(token: string): string {
  return `Authorization: Bearer ${token}`;
}

/** A POSIX shell line that runs the sample query (single quotes, so nothing in it expands). */
export function curlLine(endpoint: string, token: string, year: number): string {
  const body = JSON.stringify({ query: SAMPLE_QUERY.replace(/\s+/g, ' '), variables: { year } });
  return `curl -s '${endpoint}' -H 'Content-Type: application/json' -H '${authorizationHeader(token)}' --data '${body.replace(/'/g, `'\\''`)}'`;
}
