// The IDE page's script: GraphiQL with the explorer plugin, configured from the data attributes of #graphiql
// (the page has no inline script, so it runs under a strict Content-Security-Policy).
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './page.css';

const root = document.getElementById('graphiql');
const { endpoint, assets, websocket, defaultQuery, defaultHeaders } = root.dataset;

// Monaco's workers are bundled beside this file and served from the same origin.
globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const name = label === 'json' ? 'json' : label === 'graphql' ? 'graphql' : 'editor';
    return new Worker(`${assets}/${name}.worker.js`);
  },
};

const endpointUrl = new URL(endpoint, window.location.href);
const socketUrl = new URL(endpoint, window.location.href);
socketUrl.protocol = socketUrl.protocol === 'https:' ? 'wss:' : 'ws:';

// Queries and mutations over HTTP; subscriptions over WebSocket when the server offers it, else over SSE.
const fetcher = createGraphiQLFetcher({
  url: endpointUrl.href,
  subscriptionUrl: websocket === 'true' ? socketUrl.href : undefined,
  headers: { Accept: 'application/graphql-response+json, application/json;q=0.9, text/event-stream;q=0.8' },
});

// History and the query builder beside the documentation explorer (GraphiQL's reference plugin).
createRoot(root).render(
  <GraphiQL
    fetcher={fetcher}
    defaultQuery={defaultQuery}
    initialHeaders={defaultHeaders}
    defaultEditorToolsVisibility="headers"
    plugins={[HISTORY_PLUGIN, explorerPlugin()]}
    shouldPersistHeaders
  />,
);
