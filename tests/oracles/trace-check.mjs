// Independent checker for sftrace's Perfetto and Chrome JSON output.
//
//   node trace-check.mjs perfetto DECODED.txt   (text from `protoc --decode=perfetto.protos.Trace
//                                                tests/oracles/perfetto_subset.proto`)
//   node trace-check.mjs chrome FILE.json
//
// It replays the trace the way Perfetto's importer does (see NOTES.md
// "Perfetto importer rules"): packet sequences and their incremental
// state, interned names and source locations, the custom incremental clock
// declared beside a builtin clock, track descriptors, and per-track slice
// stacks. Any violation is printed to stderr and the exit status is 1.
//
// On success it prints the trace in one normal form, tab-separated, the
// same for both formats, so tests can compare them with each other and
// count slices with awk:
//   process PID NAME
//   thread  PID TID NAME
//   slice   PID TID DEPTH NAME LOCATION BEGIN_NS END_NS
//   counter_track PID NAME UNIT     (Perfetto: a counter under a process)
//   counter PID NAME TIME_NS VALUE  (a TYPE_COUNTER event on such a track)
//   flow    PID TID NAME BEGIN_NS -> PID TID NAME BEGIN_NS  (a flow
//           from the slice whose begin has the id in flow_ids to the one
//           whose begin has it in terminating_flow_ids; printed at the end,
//           sorted; an id that is never started or never ended is an error,
//           and so is one that ends at an event earlier than its start: the
//           importer reads events in time order). Chrome JSON: an "s"
//           and an "f" (with "bp":"e") event of one id, each naming the
//           slice that encloses it
//   back    the same for a flow that ends on a slice's end (SLICE_END's
//           terminating_flow_ids: the slice that ends; the way back from an
//           executed work item to the frame that waited for it). Flow ids
//           on a SLICE_END name the slice that ends.
//   instant PID TID NAME TIME_NS KEY=VALUE...  (Perfetto: a TYPE_INSTANT event
//           on a process track, TID '-', or on a thread track; one
//           KEY=VALUE field per debug annotation, in the order written)
// Slices are printed when they end (children before parents).
import fs from 'node:fs';
import readline from 'node:readline';

const errors = [];
function fail(msg) {
  if (errors.length < 20) errors.push(msg);
  else if (errors.length === 20) errors.push('(more errors left out)');
}
const out = [];
function emit(...fields) {
  out.push(fields.join('\t'));
}

// --- protoc text format -> objects -----------------------------------------

// Unescape a protoc text-format string body into a JS string (UTF-8).
function unescape(s) {
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\') {
      for (const b of Buffer.from(c, 'utf8')) bytes.push(b);
      continue;
    }
    const n = s[++i];
    const simple = { n: 10, r: 13, t: 9, '"': 34, "'": 39, '\\': 92 };
    if (n in simple) bytes.push(simple[n]);
    else if (n >= '0' && n <= '7') {
      let v = 0, k = 0;
      while (k < 3 && s[i] >= '0' && s[i] <= '7') { v = v * 8 + (s.charCodeAt(i) - 48); i++; k++; }
      i--;
      bytes.push(v);
    } else if (n === 'x') {
      let v = 0, k = 0;
      i++;
      while (k < 2 && /[0-9a-fA-F]/.test(s[i])) { v = v * 16 + parseInt(s[i], 16); i++; k++; }
      i--;
      bytes.push(v);
    } else fail(`bad escape \\${n} in string`);
  }
  return Buffer.from(bytes).toString('utf8');
}

// Values: numbers stay strings until used (64-bit ids exceed 2^53).
function parseValue(v) {
  if (v.startsWith('"')) return unescape(v.slice(1, -1));
  return v;
}

async function readPerfetto(path) {
  const rl = readline.createInterface({ input: fs.createReadStream(path), crlfDelay: Infinity });
  const stack = [];
  let lineNo = 0;
  for await (const raw of rl) {
    lineNo++;
    const line = raw.trim();
    if (!line) continue;
    if (line === '}') {
      const done = stack.pop();
      if (!stack.length) packet(done);
      continue;
    }
    let m = /^([A-Za-z_0-9]+) \{$/.exec(line);
    if (m) {
      const obj = {};
      if (stack.length) add(stack[stack.length - 1], m[1], obj);
      else if (m[1] !== 'packet') fail(`line ${lineNo}: top-level field ${m[1]} is not packet`);
      stack.push(obj);
      continue;
    }
    m = /^([A-Za-z_0-9]+): (.*)$/.exec(line);
    if (!m || !stack.length) {
      fail(`line ${lineNo}: cannot parse '${line}'`);
      continue;
    }
    if (/^[0-9]+$/.test(m[1])) fail(`line ${lineNo}: unknown field number ${m[1]}`);
    add(stack[stack.length - 1], m[1], parseValue(m[2]));
  }
  if (stack.length) fail('unterminated message at end of input');
}

function add(obj, key, val) {
  if (key in obj) {
    if (!Array.isArray(obj[key]) || !obj[key].__rep) {
      obj[key] = [obj[key]];
      obj[key].__rep = true;
    }
    obj[key].push(val);
  } else obj[key] = val;
}
function list(v) {
  if (v === undefined) return [];
  return Array.isArray(v) && v.__rep ? v : [v];
}

// --- Perfetto importer model -------------------------------------------------

const SEQ_CLEARED = 1, SEQ_NEEDS = 2;
const CLOCK_MONOTONIC = '3';
const seqs = new Map();      // seq id -> state
const tracks = new Map();    // uuid -> { kind, pid, tid, name, stack, last }
const globalNames = new Map(); // iid -> name (never redefined differently)
const globalLocs = new Map();
let primaryClock = null;
let packets = 0;

function seqState(id) {
  let s = seqs.get(id);
  if (!s) {
    s = { cleared: false, names: new Map(), locs: new Map(), defaults: null, clocks: new Map() };
    seqs.set(id, s);
  }
  return s;
}

function packet(p) {
  packets++;
  const seqId = p.trusted_packet_sequence_id;
  if (!seqId || seqId === '0') {
    fail(`packet ${packets}: no trusted_packet_sequence_id`);
    return;
  }
  const s = seqState(seqId);
  const flags = Number(p.sequence_flags || 0);
  if (flags & SEQ_CLEARED) {
    s.cleared = true;
    s.names = new Map();
    s.locs = new Map();
    s.defaults = null;
    s.clocks = new Map();
  }
  if (flags & SEQ_NEEDS && !s.cleared) {
    fail(`packet ${packets}: sequence ${seqId} needs incremental state but was never cleared (dropped by the importer)`);
    return;
  }
  if (p.trace_packet_defaults) {
    if (!s.cleared) fail(`packet ${packets}: packet defaults before the sequence was cleared`);
    s.defaults = p.trace_packet_defaults;
  }
  if (p.interned_data) intern(p, s);
  if (p.clock_snapshot) clockSnapshot(p, s);
  if (p.track_descriptor) {
    // A timestamp on a descriptor is converted too: it must be on a clock
    // the importer can map to the trace clock (no snapshot ties BOOTTIME).
    if (p.timestamp !== undefined) {
      const d = s.defaults || {};
      const clockId = Number(p.timestamp_clock_id || d.timestamp_clock_id || 6);
      if (String(clockId) !== CLOCK_MONOTONIC && !s.clocks.has(clockId))
        fail(`packet ${packets}: descriptor timestamp on clock ${clockId}, which has no path to the trace clock`);
    }
    trackDescriptor(p.track_descriptor);
  }
  if (p.track_event) trackEvent(p, s, flags);
}

function intern(p, s) {
  if (!s.cleared) fail(`packet ${packets}: interned data on a sequence never cleared`);
  for (const e of list(p.interned_data.event_names)) {
    if (!e.iid || e.iid === '0') fail(`packet ${packets}: event name with iid 0`);
    const g = globalNames.get(e.iid);
    if (g !== undefined && g !== e.name) fail(`iid ${e.iid} redefined: '${g}' then '${e.name}'`);
    globalNames.set(e.iid, e.name);
    s.names.set(e.iid, e.name);
  }
  for (const l of list(p.interned_data.source_locations)) {
    if (!l.iid || l.iid === '0') fail(`packet ${packets}: source location with iid 0`);
    const text = `${l.file_name || ''}:${l.line_number || 0}:${l.function_name || ''}`;
    const g = globalLocs.get(l.iid);
    if (g !== undefined && g !== text) fail(`source location iid ${l.iid} redefined`);
    globalLocs.set(l.iid, text);
    s.locs.set(l.iid, l);
  }
}

function clockSnapshot(p, s) {
  const cs = p.clock_snapshot;
  if (cs.primary_trace_clock !== undefined) {
    if (packets !== 1 && primaryClock === null) fail('primary_trace_clock set after other packets');
    primaryClock = cs.primary_trace_clock;
    if (primaryClock !== CLOCK_MONOTONIC) fail(`trace clock ${primaryClock}, expected MONOTONIC (3)`);
  }
  const clocks = list(cs.clocks);
  const builtin = clocks.find((c) => Number(c.clock_id) < 64);
  for (const c of clocks) {
    const id = Number(c.clock_id);
    if (id >= 64 && id < 128) {
      if (!builtin) fail(`packet ${packets}: custom clock ${id} without a builtin clock in its snapshot (events dropped)`);
      if (!s.cleared) fail(`packet ${packets}: sequence clock on a sequence never cleared`);
      if (builtin && builtin.clock_id !== CLOCK_MONOTONIC) fail(`custom clock ${id} is tied to clock ${builtin.clock_id}`);
      s.clocks.set(id, {
        incremental: c.is_incremental === 'true',
        value: BigInt(c.timestamp || 0),
        offset: builtin ? BigInt(builtin.timestamp || 0) - BigInt(c.timestamp || 0) : 0n,
      });
    }
  }
}

function trackDescriptor(td) {
  if (!td.uuid || td.uuid === '0') {
    fail(`packet ${packets}: track descriptor without uuid`);
    return;
  }
  if (tracks.has(td.uuid)) fail(`track uuid ${td.uuid} described twice`);
  if (td.process) {
    if (!td.process.pid) fail(`process track ${td.uuid} without pid`);
    tracks.set(td.uuid, { kind: 'process', pid: td.process.pid, name: td.process.process_name || '' });
    emit('process', td.process.pid, td.process.process_name || '');
  } else if (td.thread) {
    const t = td.thread;
    if (!t.pid || !t.tid) fail(`thread track ${td.uuid} needs pid and tid`);
    if (td.parent_uuid) {
      const parent = tracks.get(td.parent_uuid);
      if (!parent || parent.kind !== 'process') fail(`thread track ${td.uuid}: parent ${td.parent_uuid} is not a process track`);
      else if (parent.pid !== t.pid) fail(`thread track ${td.uuid}: pid ${t.pid} but its process has ${parent.pid}`);
    }
    tracks.set(td.uuid, { kind: 'thread', pid: t.pid, tid: t.tid, name: t.thread_name || '', stack: [], last: -1n });
    emit('thread', t.pid, t.tid, t.thread_name || '');
  } else if (td.counter) {
    // A process-scoped counter: its parent must be a process track.
    const parent = tracks.get(td.parent_uuid);
    if (!parent || parent.kind !== 'process') fail(`counter track ${td.uuid}: parent ${td.parent_uuid} is not a process track`);
    if (!td.name) fail(`counter track ${td.uuid} without a name`);
    const pid = parent ? parent.pid : '?';
    tracks.set(td.uuid, { kind: 'counter', pid, name: td.name || '', last: -1n });
    emit('counter_track', pid, td.name || '', td.counter.unit || 'UNIT_UNSPECIFIED');
  } else fail(`track ${td.uuid} is neither a process, a thread nor a counter`);
}

function trackEvent(p, s, flags) {
  const te = p.track_event;
  const d = s.defaults || {};
  const clockId = Number(p.timestamp_clock_id || d.timestamp_clock_id || 6);
  if (!(flags & SEQ_NEEDS) && (te.name_iid || s.defaults))
    fail(`packet ${packets}: uses incremental state without SEQ_NEEDS_INCREMENTAL_STATE`);
  if (p.timestamp === undefined) fail(`packet ${packets}: track event without timestamp`);
  let ts;
  if (clockId >= 64 && clockId < 128) {
    const c = s.clocks.get(clockId);
    if (!c) {
      fail(`packet ${packets}: clock ${clockId} not declared on sequence ${p.trusted_packet_sequence_id}`);
      return;
    }
    c.value = c.incremental ? c.value + BigInt(p.timestamp) : BigInt(p.timestamp);
    ts = c.value + c.offset;
  } else if (String(clockId) === CLOCK_MONOTONIC) {
    ts = BigInt(p.timestamp);
  } else {
    fail(`packet ${packets}: timestamp on clock ${clockId}, not the trace clock`);
    return;
  }
  const uuid = te.track_uuid || (d.track_event_defaults && d.track_event_defaults.track_uuid);
  const track = tracks.get(uuid);
  if (te.type === 'TYPE_COUNTER' || (track && track.kind === 'counter')) {
    if (!track || track.kind !== 'counter') fail(`packet ${packets}: counter value on ${track ? track.kind : 'unknown'} track ${uuid}`);
    else if (te.type !== 'TYPE_COUNTER') fail(`packet ${packets}: ${te.type} on counter track ${uuid}`);
    else if (te.counter_value === undefined) fail(`packet ${packets}: TYPE_COUNTER without counter_value`);
    else {
      if (ts < track.last) fail(`counter track ${uuid}: time goes backwards ${track.last} -> ${ts}`);
      track.last = ts;
      emit('counter', track.pid, track.name, ts, te.counter_value);
    }
    return;
  }
  if (te.type === 'TYPE_INSTANT') {
    instant(p, s, te, track, uuid, ts);
    return;
  }
  if (!track || track.kind !== 'thread') {
    fail(`packet ${packets}: event on unknown thread track ${uuid}`);
    return;
  }
  if (ts < track.last) fail(`track ${uuid} (tid ${track.tid}): time goes backwards ${track.last} -> ${ts}`);
  track.last = ts;
  if (te.type === 'TYPE_SLICE_BEGIN') {
    let name = te.name;
    if (te.name_iid !== undefined) {
      name = s.names.get(te.name_iid);
      if (name === undefined) fail(`packet ${packets}: name iid ${te.name_iid} not defined on sequence ${p.trusted_packet_sequence_id}`);
    }
    if (!name) fail(`packet ${packets}: slice without a name`);
    let loc = '';
    if (te.source_location_iid !== undefined) {
      const l = s.locs.get(te.source_location_iid);
      if (!l) fail(`packet ${packets}: source location iid ${te.source_location_iid} not defined on sequence`);
      else loc = l.line_number ? `${l.file_name}:${l.line_number}` : l.file_name;
    }
    track.stack.push({ name, loc, ts, args: annotation(te, 'args') });
    flows(te, [track.pid, track.tid, name, ts].join('\t'), ts, 'flow');
  } else if (te.type === 'TYPE_SLICE_END') {
    const b = track.stack.pop();
    if (!b) {
      fail(`packet ${packets}: SLICE_END without an open slice on track ${uuid} (tid ${track.tid})`);
      return;
    }
    flows(te, [track.pid, track.tid, b.name, b.ts].join('\t'), ts, 'back');
    emit('slice', track.pid, track.tid, track.stack.length, b.name, b.loc, b.ts, ts);
    values(track.pid, track.tid, b.name, b.args, annotation(te, 'return'));
  } else fail(`packet ${packets}: unexpected track event type ${te.type}`);
}

// Flows by id (as decimal strings): where each starts and ends (the slice,
// the time of the event that carries the id, and the kind of line).
const flowStart = new Map();
const flowEnd = new Map();
function flows(te, here, ts, kind) {
  for (const id of list(te.flow_ids)) {
    if (flowStart.has(String(id))) fail(`packet ${packets}: flow id ${id} started twice`);
    flowStart.set(String(id), { here, ts });
  }
  for (const id of list(te.terminating_flow_ids)) {
    if (flowEnd.has(String(id))) fail(`packet ${packets}: flow id ${id} ended twice`);
    flowEnd.set(String(id), { here, ts, kind });
  }
}
function finishFlows() {
  const lines = [];
  for (const [id, from] of flowStart) {
    const to = flowEnd.get(id);
    if (to === undefined) fail(`flow ${id} starts at ${from.here} and never ends`);
    else {
      if (to.ts < from.ts) fail(`flow ${id} ends at ${to.ts}, before its start at ${from.ts}`);
      lines.push(`${to.kind}\t${from.here}\t->\t${to.here}`);
    }
  }
  for (const [id, to] of flowEnd)
    if (!flowStart.has(id)) fail(`flow ${id} ends at ${to.here} and never starts`);
  lines.sort();
  for (const l of lines) out.push(l);
}

// The string debug annotation called name of a slice event, or undefined.
function annotation(te, name) {
  for (const a of list(te.debug_annotations)) {
    if (!a.name) fail(`packet ${packets}: debug annotation without a name`);
    if (a.name !== name) continue;
    if (a.string_value === undefined) fail(`packet ${packets}: debug annotation ${name} is not a string`);
    return a.string_value;
  }
  return undefined;
}

// A slice's arguments and return value (value records), when it has any:
// "values PID TID NAME ARGS RETURN" ("-" for one that is missing).
function values(pid, tid, name, args, ret) {
  if (args === undefined && ret === undefined) return;
  emit('values', pid, tid, name, args === undefined ? '-' : args, ret === undefined ? '-' : ret);
}

// An instant event: on a process or a thread track, named, its debug
// annotations each with a name and one value.
function instant(p, s, te, track, uuid, ts) {
  if (!track || (track.kind !== 'process' && track.kind !== 'thread')) {
    fail(`packet ${packets}: instant event on ${track ? track.kind : 'unknown'} track ${uuid}`);
    return;
  }
  if (track.last !== undefined && ts < track.last)
    fail(`track ${uuid}: time goes backwards ${track.last} -> ${ts}`);
  track.last = ts;
  let name = te.name;
  if (te.name_iid !== undefined) name = s.names.get(te.name_iid);
  if (!name) fail(`packet ${packets}: instant event without a name`);
  const args = [];
  for (const a of list(te.debug_annotations)) {
    if (!a.name) fail(`packet ${packets}: debug annotation without a name`);
    const vals = ['bool_value', 'uint_value', 'int_value', 'double_value', 'string_value']
      .filter((k) => a[k] !== undefined);
    if (vals.length !== 1) fail(`packet ${packets}: debug annotation ${a.name} with ${vals.length} values`);
    else args.push(`${a.name}=${a[vals[0]]}`);
  }
  emit('instant', track.pid, track.kind === 'thread' ? track.tid : '-', name || '', ts, ...args);
}

function finishPerfetto() {
  if (primaryClock === null) fail('no clock snapshot names the trace clock');
  for (const [uuid, t] of tracks)
    if (t.kind === 'thread' && t.stack.length)
      fail(`track ${uuid} (tid ${t.tid}): ${t.stack.length} slices never ended`);
}

// --- Chrome JSON -------------------------------------------------------------

function checkChrome(path) {
  let doc;
  try {
    doc = JSON.parse(fs.readFileSync(path, 'utf8'));
  } catch (e) {
    fail(`not valid JSON: ${e.message}`);
    return;
  }
  const events = Array.isArray(doc) ? doc : doc.traceEvents;
  if (!Array.isArray(events)) {
    fail('no traceEvents array');
    return;
  }
  const threads = new Map();
  const key = (e) => `${e.pid}/${e.tid}`;
  // Every event ends up under a (pid, tid); names may come after events.
  const names = new Map();
  const procs = [];
  for (const [i, e] of events.entries()) {
    if (typeof e.pid !== 'number' || typeof e.tid !== 'number') {
      fail(`event ${i}: pid and tid must be numbers`);
      continue;
    }
    if (e.ph === 'M') {
      if (e.name === 'process_name') procs.push([e.pid, e.args.name]);
      else if (e.name === 'thread_name') names.set(key(e), e.args.name);
      else fail(`event ${i}: unknown metadata ${e.name}`);
      continue;
    }
    if (typeof e.ts !== 'number') {
      fail(`event ${i}: ts must be a number`);
      continue;
    }
    const ns = BigInt(Math.round(e.ts * 1000));
    let t = threads.get(key(e));
    if (!t) {
      t = { pid: e.pid, tid: e.tid, stack: [], last: -1n, slices: [] };
      threads.set(key(e), t);
    }
    if (ns < t.last) fail(`event ${i}: time goes backwards on ${key(e)}`);
    t.last = ns;
    if (e.ph === 'B') {
      if (typeof e.name !== 'string' || !e.name) fail(`event ${i}: B without a name`);
      t.stack.push({ name: e.name, loc: (e.args && e.args.src) || '', ts: ns,
        args: e.args && e.args.args });
    } else if (e.ph === 'E') {
      const b = t.stack.pop();
      if (!b) fail(`event ${i}: E without an open B on ${key(e)}`);
      else {
        t.slices.push(['slice', t.pid, t.tid, t.stack.length, b.name, b.loc, b.ts, ns]);
        const ret = e.args && e.args.return;
        if (b.args !== undefined || ret !== undefined)
          t.slices.push(['values', t.pid, t.tid, b.name, b.args === undefined ? '-' : b.args,
            ret === undefined ? '-' : ret]);
      }
    } else if (e.ph === 's' || e.ph === 'f') {
      // a flow event binds to the slice enclosing it ("bp":"e" on an end;
      // without it an end would bind to the next slice)
      const b = t.stack[t.stack.length - 1];
      if (!b) {
        fail(`event ${i}: flow ${e.ph} outside any slice on ${key(e)}`);
        continue;
      }
      if (e.ph === 'f' && e.bp !== 'e') fail(`event ${i}: flow end without "bp":"e"`);
      const here = [t.pid, t.tid, b.name, b.ts].join('\t');
      const id = String(e.id), m = e.ph === 's' ? flowStart : flowEnd;
      if (m.has(id)) fail(`event ${i}: flow id ${id} ${e.ph === 's' ? 'started' : 'ended'} twice`);
      m.set(id, e.ph === 's' ? { here, ts: ns } : { here, ts: ns, kind: 'flow' });
    } else fail(`event ${i}: unexpected phase ${e.ph}`);
  }
  for (const [pid, name] of procs) emit('process', pid, name);
  for (const [k, t] of threads) {
    emit('thread', t.pid, t.tid, names.get(k) || '');
    if (t.stack.length) fail(`${k}: ${t.stack.length} B events never ended`);
  }
  for (const [, t] of threads) for (const s of t.slices) emit(...s);
}

// --- main --------------------------------------------------------------------

const [mode, path] = process.argv.slice(2);
if (mode === 'perfetto') {
  await readPerfetto(path);
  finishPerfetto();
  finishFlows();
} else if (mode === 'chrome') {
  checkChrome(path);
  finishFlows();
} else {
  console.error('usage: trace-check.mjs perfetto DECODED.txt | chrome FILE.json');
  process.exit(2);
}
if (errors.length) {
  for (const e of errors) console.error(`trace-check: error: ${e}`);
  process.exit(1);
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
