#!/usr/bin/env node
// A minimal round-robin HTTP proxy for the side-by-side run: one loopback port in front of several CrampBot
// instances, so the same driver can load two instances that share one PostgreSQL database.
//   node round-robin.js LISTEN_PORT BACKEND_PORT [BACKEND_PORT ...]
'use strict';

const http = require('node:http');

const [listen, ...backends] = process.argv.slice(2).map(Number);
if (!listen || backends.length === 0) {
    console.error('usage: round-robin.js LISTEN_PORT BACKEND_PORT [BACKEND_PORT ...]');
    process.exit(2);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
let next = 0;

http.createServer((req, res) => {
    const port = backends[next++ % backends.length];
    const upstream = http.request({ host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers, agent }, (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
    });
    upstream.on('error', () => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
        res.end('backend unavailable');
    });
    req.pipe(upstream);
}).listen(listen, '127.0.0.1', () => console.log(`round robin on 127.0.0.1:${ listen } -> ${ backends.join(', ') }`));
