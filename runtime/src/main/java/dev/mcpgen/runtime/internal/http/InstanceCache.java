package dev.mcpgen.runtime.internal.http;

import dev.mcpgen.runtime.UserContext;
import dev.mcpgen.runtime.internal.server.InstanceSource;
import dev.mcpgen.runtime.internal.server.UserFeed;
import dev.mcpgen.runtime.internal.server.UserInstances;
import dev.mcpgen.runtime.spi.ServerFactory;
import dev.mcpgen.runtime.spi.ServerInstance;
import java.time.Duration;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Map;

/**
 * The server instances of an HTTP host, one per server and user, shared by all that user's
 * sessions. Each session holds a {@link Lease}; an instance whose last lease is released stays
 * for the idle timeout (a user reconnecting gets it back, state and all), then goes. At most
 * {@code maxInstances} are kept: when full, the longest-idle one makes room, and with none idle
 * a new user is refused.
 *
 * <p>Instances are created on first use, as over stdio, so a factory that fails is reported to
 * the call that needed it.
 */
final class InstanceCache {
  /** A session's hold on its user's instance; release it once, when the session ends. */
  interface Lease {
    void release();
  }

  private record Key(String server, String userId) {}

  private static final class Entry {
    final ServerFactory factory;
    final UserContext user;
    int leases;
    long idleSince;
    final UserFeed feed = new UserFeed();
    volatile ServerInstance instance;

    Entry(ServerFactory factory, UserContext user, long now) {
      this.factory = factory;
      this.user = user;
      this.idleSince = now;
    }

    ServerInstance instance() {
      ServerInstance created = instance;
      if (created != null) {
        return created;
      }
      synchronized (this) {
        if (instance == null) {
          instance = UserInstances.create(factory, user, feed);
        }
        return instance;
      }
    }
  }

  private final int maxInstances;
  private final long idleNanos;
  private final Map<Key, Entry> entries = new HashMap<>();

  InstanceCache(int maxInstances, Duration idleTimeout) {
    this.maxInstances = maxInstances;
    this.idleNanos = idleTimeout.toNanos();
  }

  /**
   * Holds {@code user}'s instance of {@code server} for a new session.
   *
   * @throws HttpError 503 when the cache is full of instances in use
   */
  synchronized Lease acquire(String server, ServerFactory factory, UserContext user)
      throws HttpError {
    Key key = new Key(server, user.userId());
    Entry entry = entries.get(key);
    if (entry == null) {
      if (entries.size() >= maxInstances && !evictLongestIdle()) {
        throw HttpError.limit("Service Unavailable: the host keeps at most " + maxInstances
            + " server instances (one per server and user; mcpgen.http.maxInstances) and all "
            + "are in use");
      }
      entry = new Entry(factory, user, System.nanoTime());
      entries.put(key, entry);
    }
    entry.leases++;
    Entry held = entry;
    AtomicBoolean released = new AtomicBoolean();
    return () -> {
      if (released.compareAndSet(false, true)) {
        release(held);
      }
    };
  }

  /** Where the tool calls of {@code server} find their user's instance. */
  InstanceSource source(String server, ServerFactory factory) {
    return new InstanceSource() {
      @Override
      public ServerInstance instanceFor(UserContext user) {
        return entry(new Key(server, user.userId()), factory, user).instance();
      }

      @Override
      public UserFeed feedFor(UserContext user) {
        return entry(new Key(server, user.userId()), factory, user).feed;
      }
    };
  }

  /** Drops instances idle for longer than the timeout. */
  synchronized void sweep() {
    long now = System.nanoTime();
    entries.values().removeIf(e -> e.leases == 0 && now - e.idleSince >= idleNanos);
  }

  /** Instances created for {@code server} and still kept. */
  synchronized int instances(String server) {
    int count = 0;
    for (Map.Entry<Key, Entry> e : entries.entrySet()) {
      if (e.getKey().server().equals(server) && e.getValue().instance != null) {
        count++;
      }
    }
    return count;
  }

  /** Instances created and still kept, over all servers. */
  synchronized int instances() {
    return (int) entries.values().stream().filter(e -> e.instance != null).count();
  }

  synchronized void clear() {
    entries.clear();
  }

  /** A call always runs in a session holding a lease, so the entry is there; this is a guard. */
  private synchronized Entry entry(Key key, ServerFactory factory, UserContext user) {
    return entries.computeIfAbsent(key, k -> new Entry(factory, user, System.nanoTime()));
  }

  private synchronized void release(Entry entry) {
    if (--entry.leases == 0) {
      entry.idleSince = System.nanoTime();
      if (idleNanos == 0) {
        entries.values().remove(entry);
      }
    }
  }

  private boolean evictLongestIdle() {
    Entry oldest = null;
    for (Entry entry : entries.values()) {
      if (entry.leases == 0 && (oldest == null || entry.idleSince < oldest.idleSince)) {
        oldest = entry;
      }
    }
    return oldest != null && entries.values().remove(oldest);
  }
}
