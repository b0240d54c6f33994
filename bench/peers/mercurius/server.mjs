// The mercurius peer: Fastify 5 + mercurius 16 with graphql-jit, serving the workload schema from memory.
// node server.mjs --port 5092 [--workload DIR]
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import mercurius from 'mercurius';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && index + 1 < args.length ? args[index + 1] : fallback;
};
const here = dirname(fileURLToPath(import.meta.url));
const workload = option('--workload', process.env.NMNGRAPH_WORKLOAD || join(here, '..', '..', 'workload'));
const port = Number(option('--port', '5092'));

const schema = readFileSync(join(workload, 'schema.graphql'), 'utf8');
const dataset = JSON.parse(readFileSync(join(workload, 'dataset.json'), 'utf8'));

// The object graph, built once by the workload README's rules: ids in string order, inverse lists derived.
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const articles = dataset.articles.map((a) => ({ ...a, __typename: 'Article', claims: [], studies: [] })).sort(byId);
const studies = dataset.studies.map((s) => ({ ...s, __typename: 'Study', citedBy: [], claims: [] })).sort(byId);
const claims = dataset.claims.map((c) => ({ ...c, __typename: 'Claim', articles: [], studies: [] })).sort(byId);
const nodes = new Map([...articles, ...studies, ...claims].map((node) => [node.id, node]));
for (const article of articles) {
  article.claims = [...article.claimIds].sort().map((id) => nodes.get(id));
  article.studies = [...article.studyIds].sort().map((id) => nodes.get(id));
  for (const study of article.studies) study.citedBy.push(article);
  for (const claim of article.claims) claim.articles.push(article);
}
for (const study of studies) {
  study.claims = [...(study.claimIds ?? [])].sort().map((id) => nodes.get(id));
  for (const claim of study.claims) claim.studies.push(study);
}
for (const node of nodes.values()) {
  for (const list of ['citedBy', 'articles', 'studies']) if (Array.isArray(node[list])) node[list].sort(byId);
}

const first = (items, n) => (n === undefined || n === null ? items : n <= 0 ? [] : items.slice(0, n));
const resolvers = {
  Query: {
    articles: (_, { first: n }) => first(articles, n),
    studies: (_, { first: n }) => first(studies, n),
    claims: (_, { first: n }) => first(claims, n),
    node: (_, { id }) => nodes.get(id) ?? null,
    article: (_, { id }) => (nodes.get(id)?.__typename === 'Article' ? nodes.get(id) : null),
  },
  Node: { resolveType: (node) => node.__typename },
};

const app = Fastify({ logger: false });
app.register(mercurius, { schema, resolvers, jit: 1, graphiql: false });
await app.listen({ host: '127.0.0.1', port });
console.log(`mercurius serving ${articles.length} articles, ${studies.length} studies, ${claims.length} claims from ${workload}`);
