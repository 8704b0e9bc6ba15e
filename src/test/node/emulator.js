'use strict';
/*
 * The Bot API emulator for baocao's end-to-end tests: telegram-test-api 4.2.1, started on a free
 * port of 127.0.0.1, with the answers that TelegramBots 10.x cannot use corrected in front of it
 * (see shared/reference/telegram.md):
 *   - sendMessage: `date` in seconds (the emulator gives milliseconds, which overflow an Integer);
 *   - getMe: with `is_bot` (TelegramBots refuses a User without it);
 *   - getUpdates: a real long poll (held until an update arrives or `timeout` runs out) that keeps
 *     each update until a later call confirms it with a higher `offset`, as Telegram does; the
 *     emulator answers at once and forgets what it has handed out;
 *   - methods the emulator lacks: `true` for the ones that only configure the bot (setMyCommands,
 *     sendChatAction...), a Telegram-shaped 404 for the rest, instead of a bare HTTP 500;
 *   - a user-side request without `botToken` gets a 400 instead of killing the process.
 * Test-only endpoints: POST /pending {token} (update ids not yet confirmed), POST /redeliver
 * {token, update_id} (hand an update out again, as Telegram does after a bot crashed before
 * confirming it), POST /botCalls {token} (every Bot API call the bot made, in order), POST
 * /botCallCount {token, method} (how many calls of that method, cheap enough to poll).
 *
 * Usage: node emulator.js — prints "PORT <n>" on its first line; exits when stdin closes, so it
 * dies with the JVM that started it.
 */
const http = require('http');
const express = require('express');
const TelegramServer = require('telegram-test-api');

const BOT = { id: 666, is_bot: true, first_name: 'Test First name', username: 'TestNameBot',
  can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };

/** Methods the emulator itself implements well enough once the fixes here are in front. */
const EMULATED = new Set(['answercallbackquery', 'editmessagetext', 'editmessagereplymarkup', 'deletemessage',
  'setwebhook', 'deletewebhook']);

/** Methods that only configure the bot: answering `true` is what Telegram would do for a valid call. */
const CONFIGURATION = new Set(['setmycommands', 'deletemycommands', 'sendchataction', 'setchatmenubutton',
  'setmydescription', 'setmyshortdescription', 'setmyname']);

const MAX_LONG_POLL_SECONDS = 50;

const emulator = new TelegramServer({ host: '127.0.0.1', port: 1, storeTimeout: 24 * 3600 });
const app = express();
app.use(express.json({ limit: '10mb' }));
app.use(express.urlencoded({ extended: true }));

const botCalls = new Map(); // token -> [{method, body}]
const waiters = new Map(); // token -> Set of held getUpdates requests
const handedOut = new Map(); // token -> Map(update_id -> stored update), for /redeliver

function listFor(map, token, create) {
  if (!map.has(token)) {
    map.set(token, create());
  }
  return map.get(token);
}

function telegramError(res, code, description) {
  res.status(code).json({ ok: false, error_code: code, description });
}

// ---- bot side ---------------------------------------------------------------------------

app.all('/bot:token/:method', (req, res, next) => {
  const { token } = req.params;
  const method = String(req.params.method).toLowerCase();
  const params = Object.assign({}, req.query, req.body);
  listFor(botCalls, token, () => []).push({ method, body: params });
  switch (method) {
    case 'getme':
      return res.json({ ok: true, result: BOT });
    case 'getupdates':
      return getUpdates(token, params, res);
    case 'sendmessage':
      return sendMessage(token, params, res);
    default:
      if (CONFIGURATION.has(method)) {
        return res.json({ ok: true, result: true });
      }
      if (EMULATED.has(method)) {
        req.body = params;
        return next();
      }
      return telegramError(res, 404, `Not Found: method ${req.params.method} is not emulated`);
  }
});

function sendMessage(token, params, res) {
  if (params.chat_id === undefined || params.chat_id === '' || !params.text) {
    return telegramError(res, 400, 'Bad Request: chat_id and text are required');
  }
  const message = emulator.addBotMessage(params, token);
  message.date = Math.floor(message.date / 1000);
  message.from = BOT;
  return res.json({ ok: true, result: message });
}

/** A getUpdates call with an offset confirms every update below it: Telegram forgets them. */
function confirm(token, offset) {
  if (offset > 0) {
    emulator.storage.userMessages = emulator.storage.userMessages
      .filter((u) => !(u.botToken === token && u.updateId < offset));
  }
}

function unconfirmed(token, offset) {
  return emulator.storage.userMessages
    .filter((u) => u.botToken === token && u.updateId >= offset)
    .sort((a, b) => a.updateId - b.updateId);
}

function asTelegramUpdate(stored) {
  const update = TelegramServer.formatUpdate(stored);
  if (update.message) {
    update.message = Object.assign({}, update.message);
    delete update.message.botToken;
  }
  if (update.callback_query) {
    const query = update.callback_query;
    if (query.message && query.message.chat && query.chat_instance === undefined) {
      query.chat_instance = String(query.message.chat.id);
    }
  }
  return update;
}

function handOut(token, stored) {
  const log = listFor(handedOut, token, () => new Map());
  stored.forEach((u) => log.set(u.updateId, u));
  return stored.map(asTelegramUpdate);
}

function getUpdates(token, params, res) {
  const offset = Number(params.offset) || 0;
  const limit = Math.min(Number(params.limit) || 100, 100);
  const timeout = Math.min(Number(params.timeout) || 0, MAX_LONG_POLL_SECONDS);
  confirm(token, offset);
  const ready = unconfirmed(token, offset).slice(0, limit);
  if (ready.length > 0 || timeout <= 0) {
    return res.json({ ok: true, result: handOut(token, ready) });
  }
  const waiter = { offset, limit, res, done: false };
  const held = listFor(waiters, token, () => new Set());
  const finish = (updates) => {
    if (waiter.done) {
      return;
    }
    waiter.done = true;
    clearTimeout(waiter.timer);
    held.delete(waiter);
    res.json({ ok: true, result: handOut(token, updates) });
  };
  waiter.wake = () => {
    const now = unconfirmed(token, waiter.offset).slice(0, waiter.limit);
    if (now.length > 0) {
      finish(now);
    }
  };
  waiter.timer = setTimeout(() => finish([]), timeout * 1000);
  // a bot that hangs up (it is shutting down) must not be handed anything
  res.on('close', () => {
    if (!waiter.done) {
      waiter.done = true;
      clearTimeout(waiter.timer);
      held.delete(waiter);
    }
  });
  held.add(waiter);
  return undefined;
}

function wake(token) {
  const held = waiters.get(token);
  if (held) {
    [...held].forEach((w) => w.wake());
  }
}

// ---- user side --------------------------------------------------------------------------

function userUpdate(path, add) {
  app.post(path, async (req, res) => {
    const body = req.body || {};
    if (!body.botToken) {
      return res.status(400).json({ ok: false, error_code: 400, description: 'botToken is required' });
    }
    const updateId = emulator.updateId;
    try {
      await add(body);
    } catch (error) {
      return res.status(400).json({ ok: false, error_code: 400, description: String(error.message || error) });
    }
    setImmediate(() => wake(body.botToken));
    return res.json({ ok: true, result: { update_id: updateId } });
  });
}

userUpdate('/sendMessage', (body) => emulator.addUserMessage(body));
userUpdate('/sendCommand', (body) => emulator.addUserCommand(body));
userUpdate('/sendCallback', (body) => emulator.addUserCallback(body));

app.post('/pending', (req, res) => {
  const token = (req.body || {}).token;
  const ids = emulator.storage.userMessages.filter((u) => u.botToken === token).map((u) => u.updateId);
  res.json({ ok: true, result: ids });
});

app.post('/redeliver', (req, res) => {
  const { token } = req.body || {};
  const updateId = Number((req.body || {}).update_id);
  const stored = (handedOut.get(token) || new Map()).get(updateId);
  if (!stored) {
    return res.status(404).json({ ok: false, error_code: 404, description: `update ${updateId} was never handed out` });
  }
  if (!emulator.storage.userMessages.includes(stored)) {
    emulator.storage.userMessages.push(stored);
  }
  setImmediate(() => wake(token));
  return res.json({ ok: true, result: true });
});

app.post('/botCallCount', (req, res) => {
  const { token, method } = req.body || {};
  const calls = botCalls.get(token) || [];
  res.json({ ok: true, result: calls.filter((c) => !method || c.method === String(method).toLowerCase()).length });
});

app.post('/botCalls', (req, res) => {
  res.json({ ok: true, result: botCalls.get((req.body || {}).token) || [] });
});

// the emulator's own routes: /getUpdates and /getUpdatesHistory for the user side, edits for the bot
app.use(emulator.webServer);

app.use((error, _req, res, _next) => {
  telegramError(res, 400, `Bad Request: ${error.message || error}`);
});

process.on('unhandledRejection', (reason) => console.error('emulator: unhandled rejection:', reason));
process.on('uncaughtException', (error) => console.error('emulator: uncaught exception:', error));

const server = http.createServer(app);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`PORT ${server.address().port}\n`);
});

process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));
process.stdin.resume();
