package dev.mcpgen.runtime.internal.server;

import dev.mcpgen.runtime.ServerControl;
import dev.mcpgen.runtime.internal.UriTemplate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What one user's server instance tells that user's sessions on its own: resource updates to
 * the sessions subscribed, and changes of the tools, prompts and resources it offers. It lives
 * as long as the instance, so what the instance hid stays hidden for every session that joins
 * later. The instance reaches it as its {@link ServerControl}.
 */
public final class UserFeed implements ServerControl {
  private final Set<Session> sessions = new CopyOnWriteArraySet<>();
  private final Set<String> hiddenTools = ConcurrentHashMap.newKeySet();
  private final Set<String> hiddenPrompts = ConcurrentHashMap.newKeySet();
  private final Set<String> hiddenResources = ConcurrentHashMap.newKeySet();

  void attach(Session session) {
    sessions.add(session);
  }

  void detach(Session session) {
    sessions.remove(session);
  }

  @Override
  public void resourceUpdated(String uri) {
    for (Session session : sessions) {
      if (session.isSubscribed(uri)) {
        session.outbound().sendNotification("notifications/resources/updated",
            JsonNodeFactory.instance.objectNode().put("uri", uri));
      }
    }
  }

  @Override
  public void setToolEnabled(String name, boolean enabled) {
    change(hiddenTools, name, enabled, "notifications/tools/list_changed");
  }

  @Override
  public void setPromptEnabled(String name, boolean enabled) {
    change(hiddenPrompts, name, enabled, "notifications/prompts/list_changed");
  }

  @Override
  public void setResourceEnabled(String uri, boolean enabled) {
    change(hiddenResources, uri, enabled, "notifications/resources/list_changed");
  }

  boolean isToolEnabled(String name) {
    return hiddenTools.isEmpty() || !hiddenTools.contains(name);
  }

  boolean isPromptEnabled(String name) {
    return hiddenPrompts.isEmpty() || !hiddenPrompts.contains(name);
  }

  boolean isResourceEnabled(String uriOrTemplate) {
    return hiddenResources.isEmpty() || !hiddenResources.contains(uriOrTemplate);
  }

  /** Whether reading {@code uri} is refused: it, or a template it matches, is hidden. */
  boolean isReadHidden(String uri) {
    if (hiddenResources.isEmpty()) {
      return false;
    }
    for (String hidden : hiddenResources) {
      if (hidden.equals(uri)
          || (hidden.contains("{") && UriTemplate.problem(hidden) == null
              && UriTemplate.compile(hidden).match(uri) != null)) {
        return true;
      }
    }
    return false;
  }

  private void change(Set<String> hidden, String name, boolean enabled, String notification) {
    boolean changed = enabled ? hidden.remove(name) : hidden.add(name);
    if (changed) {
      for (Session session : sessions) {
        if (session.isInitialized()) {
          session.outbound().sendNotification(notification,
              JsonNodeFactory.instance.objectNode());
        }
      }
    }
  }
}
