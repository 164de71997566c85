#!/usr/bin/env node
// The side-by-side run: the Bot Framework JS SDK peer and CrampBot (SQLite, and two instances on one PostgreSQL
// database behind a round-robin proxy), driven by the same load driver, cell by cell, alternated. Started by
// bench/side-by-side.sh, which builds, installs and cleans up; this file only measures. Node >= 18, Linux (/proc).
//
//   node run.js --peer-bench DIR --crampbot-dll DLL --out DIR [--postgres CONNSTRING]
//               [--modes sink,expectReplies] [--concurrency 1,8,32,128] [--reps 3] [--seconds 5] [--warmup 2]
//               [--first-warmup 5] [--port-base 29100] [--telemetry 1] [--validate-only 1]
//
// For every repetition: every bot is started fresh (start-up time = spawn until the first answered message),
// warmed up, and then for every mode and C each bot runs one cell in turn (the order of the bots is reversed on
// every other cell), so the bots are compared under the same machine load. A cell is an unmeasured warm-up run of
// the driver and then the measured run; the bots' CPU is read from /proc around the measured run (all processes
// of a bot, so the PostgreSQL pair counts both instances; the database server and the proxy are not counted).
// --telemetry 1 adds CrampBot on SQLite with telemetry on (Telemetry:Prometheus, every instrument recorded), so the
// cost of telemetry is read against the default (off) in the same run.
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const opt = { modes: 'sink,expectReplies', concurrency: '1,8,32,128', reps: '3', seconds: '5', warmup: '2', 'first-warmup': '5', 'port-base': '29100', telemetry: '0' };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) { console.error(`bad argument ${ argv[i] }`); process.exit(2); }
    opt[argv[i].slice(2)] = argv[i + 1];
}
for (const required of ['peer-bench', 'crampbot-dll', 'out']) {
    if (!opt[required]) { console.error(`--${ required } is required`); process.exit(2); }
}

const peerBench = path.resolve(opt['peer-bench']);
const dll = path.resolve(opt['crampbot-dll']);
const out = path.resolve(opt.out);
const modes = opt.modes.split(',');
const concs = opt.concurrency.split(',').map(Number);
const reps = Number(opt.reps);
const seconds = Number(opt.seconds);
const warmup = Number(opt.warmup);
const firstWarmup = Number(opt['first-warmup']);
const portBase = Number(opt['port-base']);
// A typo in a number or a mode stops the run with a reason, before anything is built or started.
const bad = [];
if (modes.some((m) => m !== 'sink' && m !== 'expectReplies')) bad.push(`--modes takes sink and/or expectReplies, not ${ opt.modes }`);
if (!concs.every((c) => Number.isInteger(c) && c >= 1)) bad.push(`--concurrency takes whole numbers of at least 1, not ${ opt.concurrency }`);
if (!Number.isInteger(reps) || reps < 1) bad.push(`--reps takes a whole number of at least 1, not ${ opt.reps }`);
for (const [name, value, least] of [['seconds', seconds, 1], ['warmup', warmup, 0], ['first-warmup', firstWarmup, 0]]) {
    if (!Number.isFinite(value) || value < least) bad.push(`--${ name } takes a number of seconds of at least ${ least }, not ${ opt[name] }`);
}
if (!Number.isInteger(portBase) || portBase < 1024 || portBase > 65530) bad.push(`--port-base takes a port from 1024 to 65530, not ${ opt['port-base'] }`);
if (bad.length > 0) {
    for (const reason of bad) console.error(reason);
    process.exit(2);
}
if (opt['validate-only'] === '1') process.exit(0); // side-by-side.sh checks its arguments before it builds anything
// The bots' ports (portBase .. portBase + 5) must lie outside the kernel's range for outgoing connections' local
// ports: inside it, one of the run's own connections (the driver, a bot posting to the sink, PostgreSQL clients)
// can hold a port at the moment a bot is started there, which then fails with EADDRINUSE. 39100 did, twice.
try {
    const [low, high] = fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (portBase <= high && portBase + 5 >= low) {
        console.error(`warning: ports ${ portBase }-${ portBase + 5 } are inside the ephemeral range ${ low }-${ high }; a bot may fail to start (choose --port-base ${ low - 6 } or lower)`);
    }
} catch { /* not Linux, or no /proc: nothing to check */ }
const driver = path.join(peerBench, 'driver', 'bench.js');
fs.mkdirSync(out, { recursive: true });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.log(new Date().toISOString().slice(11, 19), ...a);

// ---------------------------------------------------------------- /proc

function cpuSeconds(pid) {
    try {
        const stat = fs.readFileSync(`/proc/${ pid }/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return (Number(f[11]) + Number(f[12])) / 100;
    } catch { return null; }
}

function memMiB(pid) {
    try {
        const s = fs.readFileSync(`/proc/${ pid }/status`, 'utf8');
        const g = (k) => Number((s.match(new RegExp(`^${ k }:\\s+(\\d+)`, 'm')) || [])[1]) / 1024;
        return { rss: g('VmRSS'), hwm: g('VmHWM') };
    } catch { return null; }
}

// Resets VmHWM to the current RSS, so each cell's peak is its own (needs the right to write the file: root or owner).
function resetPeak(pid) {
    try { fs.writeFileSync(`/proc/${ pid }/clear_refs`, '5'); } catch { /* the peak then covers the whole run */ }
}

function loadAverage() {
    return fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

// ---------------------------------------------------------------- HTTP helpers (loopback only)

function post(port, body, timeoutMs = 2000) {
    return new Promise((resolve) => {
        const data = Buffer.from(JSON.stringify(body));
        const req = http.request({ host: '127.0.0.1', port, path: '/api/messages', method: 'POST', timeout: timeoutMs, headers: { 'content-type': 'application/json', 'content-length': data.length } }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
        });
        req.on('timeout', () => req.destroy(new Error('timeout')));
        req.on('error', () => resolve(null));
        req.end(data);
    });
}

function message(conversation, text, id) {
    return {
        type: 'message', id, text, locale: 'en-US', channelId: 'directline', serviceUrl: 'http://127.0.0.1:9/',
        from: { id: `user-${ conversation }`, role: 'user' }, recipient: { id: 'bot' }, conversation: { id: conversation },
        deliveryMode: 'expectReplies',
    };
}

function messageReplies(response) {
    try {
        return (JSON.parse(response.body).activities || []).filter((a) => a.type === 'message');
    } catch { return null; }
}

// Spawn to first answered message: the user-visible start-up time, from the moment the process was spawned.
async function firstAnswer(port, child, limitMs = 30000) {
    const t0 = child.spawnedAt;
    for (let i = 0; ; i++) {
        if (child.exitCode !== null) throw new Error(`bot on port ${ port } exited during start-up (code ${ child.exitCode })`);
        const r = await post(port, message(`startup-${ port }-${ Date.now() }`, 'hello', `s${ i }`), 1000);
        if (r && r.status === 200 && (messageReplies(r) || []).length > 0) return Number(process.hrtime.bigint() - t0) / 1e6;
        if (Number(process.hrtime.bigint() - t0) / 1e6 > limitMs) throw new Error(`bot on port ${ port } gave no answer in ${ limitMs } ms`);
        await sleep(10);
    }
}

// ---------------------------------------------------------------- the bots

const children = new Set();
function start(name, cmd, args, env, cwd = undefined) {
    const logFile = fs.openSync(path.join(out, `${ name }.log`), 'a');
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', logFile, logFile], env: { ...process.env, ...env } });
    child.spawnedAt = process.hrtime.bigint();
    fs.closeSync(logFile);
    children.add(child);
    child.on('exit', () => children.delete(child));
    return child;
}

async function stop(child) {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    for (let i = 0; i < 50 && child.exitCode === null; i++) await sleep(100);
    if (child.exitCode === null) child.kill('SIGKILL');
}

function stopAllNow() {
    for (const child of children) { try { child.kill('SIGKILL'); } catch { /* gone */ } }
}
process.on('exit', stopAllNow);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stopAllNow(); process.exit(130); });

function crampbot(name, port, rep, storageEnv) {
    return start(`${ name }-r${ rep }`, 'dotnet', [dll, '--urls', `http://127.0.0.1:${ port }`], {
        ...storageEnv,
        ASPNETCORE_ENVIRONMENT: 'Production',
        DOTNET_NOLOGO: '1',
    }, path.dirname(dll)); // its own folder as the content root, as a service runs: not a busy folder to watch
}

// A bot setup: processes to measure, the URL the driver talks to, the script it runs. Each setup is started and
// measured (spawn to first answer, then idle RSS a second later) before the next one is spawned, so no bot's
// start-up shares the two cores with another's.
async function startSetups(rep) {
    const setups = [];
    const peerPort = portBase;
    const peer = start(`peer-r${ rep }`, process.execPath, [path.join(peerBench, 'peer-bot', 'index.js')], { PORT: String(peerPort), HOST: '127.0.0.1' });
    setups.push(await measured({ name: 'peer', label: 'peer (botbuilder 4.23.3, MemoryStorage)', port: peerPort, pids: [peer], script: path.join(peerBench, 'driver', 'script.json') }));

    const sqlitePort = portBase + 1;
    const db = path.join(out, 'data', `sqlite-r${ rep }`, 'crampbot.db');
    const sqlite = crampbot('crampbot-sqlite', sqlitePort, rep, { Storage__Provider: 'Sqlite', Storage__Sqlite__Path: db });
    setups.push(await measured({ name: 'sqlite', label: 'CrampBot, SQLite (default)', port: sqlitePort, pids: [sqlite] }));

    if (opt.telemetry === '1') {
        const otelPort = portBase + 5;
        const otelDb = path.join(out, 'data', `sqlite-otel-r${ rep }`, 'crampbot.db');
        const otel = crampbot('crampbot-sqlite-otel', otelPort, rep, { Storage__Provider: 'Sqlite', Storage__Sqlite__Path: otelDb, Telemetry__Prometheus: 'true' });
        setups.push(await measured({ name: 'sqlite-otel', label: 'CrampBot, SQLite, telemetry on (/metrics)', port: otelPort, pids: [otel] }));
    }

    if (opt.postgres) {
        const a = crampbot('crampbot-pg-a', portBase + 2, rep, { Storage__Provider: 'Postgres', Storage__Postgres__ConnectionString: opt.postgres });
        const b = crampbot('crampbot-pg-b', portBase + 3, rep, { Storage__Provider: 'Postgres', Storage__Postgres__ConnectionString: opt.postgres });
        const proxy = start(`proxy-r${ rep }`, process.execPath, [path.join(__dirname, 'round-robin.js'), String(portBase + 4), String(portBase + 2), String(portBase + 3)], {});
        setups.push(await measured({ name: 'postgres', label: 'CrampBot, 2 instances on PostgreSQL (round robin)', port: portBase + 4, pids: [a, b], backends: [portBase + 2, portBase + 3], proxy }));
    }

    return setups;
}

// Start-up (the slowest of a setup's processes, each from its own spawn) and idle RSS (summed) of a setup just spawned.
async function measured(s) {
    const ports = s.backends || [s.port];
    const times = [];
    for (let i = 0; i < ports.length; i++) times.push(await firstAnswer(ports[i], s.pids[i]));
    s.startupMs = Math.max(...times);
    if (s.proxy) await waitForPort(s.port, s.proxy);
    await sleep(1000);
    s.idleRssMiB = s.pids.map((p) => memMiB(p.pid)?.rss ?? NaN).reduce((x, y) => x + y, 0);
    return s;
}

async function waitForPort(port, child) {
    for (let i = 0; i < 100; i++) {
        if (child.exitCode !== null) throw new Error(`process for port ${ port } exited`);
        const ok = await new Promise((resolve) => {
            const s = require('node:net').connect(port, '127.0.0.1');
            s.once('connect', () => { s.destroy(); resolve(true); });
            s.once('error', () => { s.destroy(); resolve(false); });
        });
        if (ok) return;
        await sleep(100);
    }
    throw new Error(`nothing listens on ${ port }`);
}

// ---------------------------------------------------------------- probing CrampBot's conversation

// Sends the driver's script to CrampBot and writes the same texts with CrampBot's own reply counts; twice, and
// the two must agree (the driver checks exact counts, so they must be deterministic).
async function probeScript(port) {
    const base = JSON.parse(fs.readFileSync(path.join(peerBench, 'driver', 'script.json'), 'utf8'));
    const runs = [];
    for (let run = 0; run < 2; run++) {
        const conversation = `probe-${ run }-${ Date.now() }`;
        const counts = [];
        for (let t = 0; t < base.turns.length; t++) {
            const r = await post(port, message(conversation, base.turns[t].text, `p${ run }-${ t }`), 10000);
            const replies = r && r.status === 200 ? messageReplies(r) : null;
            if (!replies) throw new Error(`probe: turn ${ t + 1 } got ${ r ? r.status : 'no answer' }`);
            counts.push(replies.length);
        }
        runs.push(counts);
    }
    if (runs[0].join() !== runs[1].join()) throw new Error(`probe: reply counts differ between two runs: ${ runs[0] } / ${ runs[1] }`);
    const script = {
        name: 'crampbot-probed',
        description: `driver/script.json with the reply counts CrampBot gave on ${ new Date().toISOString() } (probed by bench/side-by-side/run.js)`,
        turns: base.turns.map((t, i) => ({ text: t.text, replies: runs[0][i] })),
    };
    const file = path.join(out, 'crampbot-script.json');
    fs.writeFileSync(file, JSON.stringify(script, null, 2) + '\n');
    log(`probe: CrampBot's replies per turn ${ runs[0].join(',') } (the peer's: ${ base.turns.map((t) => t.replies).join(',') })`);
    return file;
}

// ---------------------------------------------------------------- one cell

function runDriver(args, tag) {
    const logFile = path.join(out, 'driver', `${ tag }.log`);
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    const r = spawnSync(process.execPath, [driver, ...args], { encoding: 'utf8', timeout: (seconds + warmup + 60) * 1000 });
    fs.writeFileSync(logFile, `${ r.stdout || '' }${ r.stderr || '' }`);
    return r.status;
}

async function cell(setup, mode, c, rep, warm) {
    const tag = `${ setup.name }-${ mode }-c${ c }-r${ rep }`;
    const url = `http://127.0.0.1:${ setup.port }/api/messages`;
    const common = ['--url', url, '--mode', mode, '--concurrency', String(c), '--script', setup.script, '--warmup', '0', '--quiet'];
    runDriver([...common, '--seconds', String(warm)], `${ tag }-warm`);
    for (const p of setup.pids) resetPeak(p.pid);
    const cpu0 = setup.pids.map((p) => cpuSeconds(p.pid));
    const json = path.join(out, 'driver', `${ tag }.json`);
    const code = runDriver([...common, '--seconds', String(seconds), '--bot-pid', String(setup.pids[0].pid), '--json', json, '--label', tag], tag);
    const cpu1 = setup.pids.map((p) => cpuSeconds(p.pid));
    const peak = setup.pids.map((p) => memMiB(p.pid)?.hwm ?? NaN).reduce((x, y) => x + y, 0);
    let r;
    try { r = JSON.parse(fs.readFileSync(json, 'utf8')); } catch { r = null; }
    if (!r) {
        log(`${ tag }: the driver gave no result (exit ${ code }); see ${ path.join(out, 'driver', tag + '.log') }`);
        return { setup: setup.name, mode, c, rep, failedRun: true };
    }
    const turns = r.turns.ok + r.turns.failed;
    const botCpu = cpu1.reduce((s, v, i) => s + (v - cpu0[i]), 0);
    const row = {
        setup: setup.name, mode, c, rep, tps: r.turnsPerSecond, p50: r.latencyMs.p50, p99: r.latencyMs.p99, max: r.latencyMs.max,
        errors: r.errorCount, lost: r.replies.lost, extra: r.replies.extra, late: r.sink.lateReplies,
        cpuUsPerTurn: turns ? (1e6 * botCpu) / turns : NaN, cpuPercent: (100 * botCpu) / r.elapsedSeconds, peakRssMiB: peak,
        otherPercent: r.machine ? r.machine.otherPercentOfOneCore : NaN, driverExit: code,
    };
    log(`${ tag }: ${ row.tps.toFixed(0) } turns/s, p50 ${ row.p50.toFixed(2) } ms, p99 ${ row.p99.toFixed(2) } ms, max ${ row.max.toFixed(0) } ms, ` +
        `errors ${ row.errors }, lost ${ row.lost }, bot ${ row.cpuUsPerTurn.toFixed(0) } µs/turn, peak ${ peak.toFixed(0) } MiB`);
    return row;
}

// ---------------------------------------------------------------- the table

const median = (xs) => {
    const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
    if (!v.length) return NaN;
    return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const f = (v, d = 0) => (Number.isFinite(v) ? v.toFixed(d) : '-');

function table(rows, starts, labels) {
    const lines = [];
    lines.push(`| mode | C | bot | turns/s | ratio to peer | p50 ms | p99 ms | max ms | errors | lost replies | bot CPU µs/turn | peak RSS MiB |`);
    lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const mode of modes) {
        for (const c of concs) {
            for (const name of Object.keys(labels)) {
                const mine = rows.filter((r) => r.setup === name && r.mode === mode && r.c === c && !r.failedRun);
                if (!mine.length) continue;
                const ratios = mine.map((r) => {
                    const peer = rows.find((p) => p.setup === 'peer' && p.mode === mode && p.c === c && p.rep === r.rep && !p.failedRun);
                    return peer ? r.tps / peer.tps : NaN;
                });
                const failedRuns = rows.filter((r) => r.setup === name && r.mode === mode && r.c === c && r.failedRun).length;
                lines.push(`| ${ mode } | ${ c } | ${ labels[name] } | ${ f(median(mine.map((r) => r.tps))) } | ` +
                    `${ name === 'peer' ? '1' : f(median(ratios), 2) + '×' } | ${ f(median(mine.map((r) => r.p50)), 2) } | ${ f(median(mine.map((r) => r.p99)), 1) } | ` +
                    `${ f(Math.max(...mine.map((r) => r.max))) } | ${ mine.reduce((s, r) => s + r.errors, 0) + failedRuns } | ${ mine.reduce((s, r) => s + r.lost, 0) } | ` +
                    `${ f(median(mine.map((r) => r.cpuUsPerTurn))) } | ${ f(Math.max(...mine.map((r) => r.peakRssMiB))) } |`);
            }
        }
    }
    lines.push('');
    lines.push('| bot | start-up to first answered message, ms (median) | idle RSS MiB (median) |');
    lines.push('|---|---|---|');
    for (const name of Object.keys(labels)) {
        const s = starts.filter((x) => x.name === name);
        lines.push(`| ${ labels[name] } | ${ f(median(s.map((x) => x.startupMs))) } | ${ f(median(s.map((x) => x.idleRssMiB))) } |`);
    }
    return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------- main

(async () => {
    const began = new Date();
    const load0 = loadAverage();
    log(`side by side: modes ${ modes }, C ${ concs }, ${ reps } rep(s), ${ warmup } s warm-up + ${ seconds } s per cell; load average ${ load0 }`);
    const rows = [];
    const starts = [];
    const labels = {};
    let crampbotScript = null;
    for (let rep = 1; rep <= reps; rep++) {
        const setups = await startSetups(rep);
        if (!crampbotScript) crampbotScript = await probeScript(setups.find((s) => s.name === 'sqlite').port);
        for (const s of setups) {
            s.script = s.script || crampbotScript;
            labels[s.name] = s.label;
            starts.push({ name: s.name, startupMs: s.startupMs, idleRssMiB: s.idleRssMiB });
            log(`${ s.name } r${ rep }: first answer ${ s.startupMs.toFixed(0) } ms after spawn, idle RSS ${ s.idleRssMiB.toFixed(0) } MiB`);
            // JIT and caches: a longer unmeasured run in each mode right after start.
            for (const mode of modes) {
                runDriver(['--url', `http://127.0.0.1:${ s.port }/api/messages`, '--mode', mode, '--concurrency', '8', '--script', s.script,
                    '--warmup', '0', '--quiet', '--seconds', String(firstWarmup)], `${ s.name }-r${ rep }-start-${ mode }`);
            }
        }
        let flip = rep % 2 === 0;
        for (const mode of modes) {
            for (const c of concs) {
                const order = flip ? [...setups].reverse() : setups;
                flip = !flip;
                for (const s of order) rows.push(await cell(s, mode, c, rep, warmup));
            }
        }
        for (const s of setups) {
            for (const p of s.pids) await stop(p);
            if (s.proxy) await stop(s.proxy);
        }
        fs.writeFileSync(path.join(out, 'rows.json'), JSON.stringify({ rows, starts }, null, 2));
    }
    const header = `Side by side, ${ began.toISOString().slice(0, 16).replace('T', ' ') } UTC: ${ reps } alternated repetitions of ${ warmup } s warm-up + ${ seconds } s per cell; ` +
        `medians of the repetitions (max ms: the largest; errors and lost replies: summed). ${ require('node:os').cpus().length } cores, load average at start ${ load0 }, at end ${ loadAverage() }. ` +
        `CrampBot runs the script with its own reply counts (${ JSON.parse(fs.readFileSync(crampbotScript, 'utf8')).turns.map((t) => t.replies).join(',') }), the peer the driver's (2,1,1,1,1,2).\n\n`;
    const md = header + table(rows, starts, labels);
    fs.writeFileSync(path.join(out, 'table.md'), md);
    console.log('\n' + md);
})().catch((e) => { console.error(e.stack || e); stopAllNow(); process.exit(1); });
