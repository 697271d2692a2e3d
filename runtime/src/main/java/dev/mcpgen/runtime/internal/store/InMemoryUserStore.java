package dev.mcpgen.runtime.internal.store;

import dev.mcpgen.runtime.spi.UserStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** The default {@link UserStore}: state lives as long as the process. */
public final class InMemoryUserStore implements UserStore {
  private final ConcurrentMap<Owner, ConcurrentSkipListMap<String, String>> values =
      new ConcurrentHashMap<>();

  private record Owner(String server, String userId) {}

  @Override
  public Optional<String> get(String server, String userId, String key) {
    Map<String, String> entries = values.get(new Owner(server, userId));
    return Optional.ofNullable(entries == null ? null : entries.get(key));
  }

  @Override
  public void put(String server, String userId, String key, String json) {
    values.computeIfAbsent(new Owner(server, userId), owner -> new ConcurrentSkipListMap<>())
        .put(key, json);
  }

  @Override
  public boolean delete(String server, String userId, String key) {
    Map<String, String> entries = values.get(new Owner(server, userId));
    return entries != null && entries.remove(key) != null;
  }

  @Override
  public List<String> keys(String server, String userId) {
    Map<String, String> entries = values.get(new Owner(server, userId));
    return entries == null ? List.of() : List.copyOf(entries.keySet());
  }
}
