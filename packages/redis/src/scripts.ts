// The shared limit's state lives in Redis and changes only inside these scripts, each run atomically, with
// Redis's clock (TIME): two workers can never both take the third slot, and no worker's clock matters.
//
// Keys (one hash tag, so they stay together on a Redis Cluster):
//   {key}:slots   list, newest first, of the last sends: "id|start|answered" (answered empty until known)
//   {key}:pause   ms (Redis time) until which nothing may be sent (a 429's Retry-After)
//   {key}:queue   zset of waiting workers by ticket: the first in it takes the next slot (no starvation)
//   {key}:seen    hash worker -> when it last asked: a worker gone quiet leaves the queue
//   {key}:ticket  counter for the queue
//   {key}:epoch   an id made when the state is new (first use, or Redis restarted without its data)
//   {key}:days    hash day number (UTC) -> requests sent that day

/** Where the state of limit `key` lives. */
export function keysOf(key: string): string[] {
  const tag = `{${key}}`;
  return ["slots", "pause", "queue", "seen", "ticket", "epoch", "days"].map((name) => `${tag}:${name}`);
}

const NOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`;

/**
 * ARGV: worker, limit, windowMs, maxArrivalDelayMs, staleMs, keep, knownEpoch, sentRecently (1/0), ttlMs, slotId.
 * Returns { granted (1/0), waitMs, pausedMs, epoch }. The rule is the client's own (rate-limiter.ts): a
 * request may start once the limit-th last one is a window behind its latest possible arrival (its
 * answer, or its start plus the arrival delay while unanswered), and no pause holds.
 */
export const ACQUIRE = `${NOW}
local worker, limit, window, delay = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local stale, keep, known, recent, ttl, slot = tonumber(ARGV[5]), tonumber(ARGV[6]), ARGV[7], ARGV[8], tonumber(ARGV[9]), ARGV[10]

-- A new state after a restart forgot the requests sent just before: a worker that sent some holds everyone
-- for a window and the arrival delay, the longest they can still be arriving.
local epoch = redis.call('GET', KEYS[6])
if not epoch then
  epoch = slot
  redis.call('SET', KEYS[6], epoch)
end
redis.call('PEXPIRE', KEYS[6], 86400000)
if known ~= '' and known ~= epoch and recent == '1' then
  local hold = now + window + delay
  if hold > tonumber(redis.call('GET', KEYS[2]) or '0') then
    redis.call('SET', KEYS[2], hold, 'PX', window + delay + 1000)
  end
end
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')

-- The queue: workers gone quiet leave it; this one joins it (once) and says it is alive.
local seen = redis.call('HGETALL', KEYS[4])
for i = 1, #seen, 2 do
  if tonumber(seen[i + 1]) < now - stale then
    redis.call('ZREM', KEYS[3], seen[i])
    redis.call('HDEL', KEYS[4], seen[i])
  end
end
if not redis.call('ZSCORE', KEYS[3], worker) then
  redis.call('ZADD', KEYS[3], redis.call('INCR', KEYS[5]), worker)
end
redis.call('HSET', KEYS[4], worker, now)
for i = 3, 5 do redis.call('PEXPIRE', KEYS[i], ttl) end

local nextStart = paused
local oldest = redis.call('LINDEX', KEYS[1], limit - 1)
if oldest then
  local s, a = string.match(oldest, '^[^|]*|(%d+)|(%d*)$')
  local arrival = tonumber(s) + delay
  if a ~= '' and tonumber(a) < arrival then arrival = tonumber(a) end
  if arrival + window > nextStart then nextStart = arrival + window end
end
local first = redis.call('ZRANGE', KEYS[3], 0, 0)[1]
if first ~= worker or nextStart > now then
  return {0, math.max(nextStart - now, 0), math.max(paused - now, 0), epoch}
end

redis.call('LPUSH', KEYS[1], slot .. '|' .. now .. '|')
redis.call('LTRIM', KEYS[1], 0, keep - 1)
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('ZREM', KEYS[3], worker)
redis.call('HDEL', KEYS[4], worker)
local day = math.floor(now / 86400000)
redis.call('HINCRBY', KEYS[7], day, 1)
redis.call('HDEL', KEYS[7], day - 2)
redis.call('PEXPIRE', KEYS[7], 3 * 86400000)
return {1, 0, 0, epoch}
`;

/** ARGV: slotId, keep. Marks the send answered now: it has certainly arrived. */
export const ANSWERED = `${NOW}
local slots = redis.call('LRANGE', KEYS[1], 0, tonumber(ARGV[2]) - 1)
for i, entry in ipairs(slots) do
  local id, s, a = string.match(entry, '^([^|]*)|(%d+)|(%d*)$')
  if id == ARGV[1] then
    if a == '' then redis.call('LSET', KEYS[1], i - 1, id .. '|' .. s .. '|' .. now) end
    return 1
  end
end
return 0
`;

/** ARGV: ms. Holds every worker until ms from now (Redis time), unless a longer pause already does. */
export const PAUSE = `${NOW}
local hold = now + tonumber(ARGV[1])
if hold > tonumber(redis.call('GET', KEYS[2]) or '0') then
  redis.call('SET', KEYS[2], hold, 'PX', tonumber(ARGV[1]) + 1000)
end
return hold - now
`;

/** Returns { sent in the last 1,000 ms, sent today (UTC), paused ms }. */
export const USAGE = `${NOW}
local recent = 0
for _, entry in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do
  local s = string.match(entry, '^[^|]*|(%d+)|')
  if tonumber(s) > now - 1000 then recent = recent + 1 end
end
local today = tonumber(redis.call('HGET', KEYS[7], math.floor(now / 86400000)) or '0')
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
return {recent, today, math.max(paused - now, 0)}
`;
