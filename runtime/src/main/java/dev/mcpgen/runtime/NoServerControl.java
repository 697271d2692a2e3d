package dev.mcpgen.runtime;

/** The {@link ServerControl} of an instance no host serves: every call does nothing. */
enum NoServerControl implements ServerControl {
  INSTANCE;

  @Override
  public void resourceUpdated(String uri) {}

  @Override
  public void setToolEnabled(String name, boolean enabled) {}

  @Override
  public void setPromptEnabled(String name, boolean enabled) {}

  @Override
  public void setResourceEnabled(String uri, boolean enabled) {}
}
