package dev.mcpgen.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;

/**
 * What the feature steps (tools, resources, prompts, completions) found in the current round,
 * by server class, for the {@link ServerStep} to assemble; and which classes wait for types that
 * are not generated yet.
 */
final class Features {
  private final Map<String, TypeElement> classes = new TreeMap<>();
  private final Map<String, List<ToolModel>> tools = new TreeMap<>();
  private final Map<String, List<ResourceModel>> resources = new TreeMap<>();
  private final Map<String, List<PromptModel>> prompts = new TreeMap<>();
  private final Map<String, List<CompletionModel>> completions = new TreeMap<>();
  private final Set<String> deferred = new HashSet<>();

  /** Records the valid tools of {@code type} (possibly none: all of them had errors). */
  void addTools(String name, TypeElement type, List<ToolModel> found) {
    classes.put(name, type);
    tools.computeIfAbsent(name, n -> new ArrayList<>()).addAll(found);
  }

  /** Records a valid resource of {@code type}; null only records that the class has some. */
  void addResource(String name, TypeElement type, ResourceModel resource) {
    classes.put(name, type);
    List<ResourceModel> found = resources.computeIfAbsent(name, n -> new ArrayList<>());
    if (resource != null) {
      found.add(resource);
    }
  }

  /** Records a valid prompt of {@code type}; null only records that the class has some. */
  void addPrompt(String name, TypeElement type, PromptModel prompt) {
    classes.put(name, type);
    List<PromptModel> found = prompts.computeIfAbsent(name, n -> new ArrayList<>());
    if (prompt != null) {
      found.add(prompt);
    }
  }

  /** Records a valid completion of {@code type}; null only records that the class has some. */
  void addCompletion(String name, TypeElement type, CompletionModel completion) {
    classes.put(name, type);
    List<CompletionModel> found = completions.computeIfAbsent(name, n -> new ArrayList<>());
    if (completion != null) {
      found.add(completion);
    }
  }

  /** The valid completions of class {@code name}, in declaration order. */
  List<CompletionModel> completions(String name) {
    return completions.getOrDefault(name, List.of());
  }

  /** The valid resources of class {@code name}, in declaration order. */
  List<ResourceModel> resources(String name) {
    return resources.getOrDefault(name, List.of());
  }

  /** The valid prompts of class {@code name}, in declaration order. */
  List<PromptModel> prompts(String name) {
    return prompts.getOrDefault(name, List.of());
  }

  /** The classes with features this round, by name. */
  Map<String, TypeElement> classes() {
    return classes;
  }

  /** The valid tools of class {@code name}, in declaration order. */
  List<ToolModel> tools(String name) {
    return tools.getOrDefault(name, List.of());
  }

  void defer(String name) {
    deferred.add(name);
  }

  /** The deferred classes, which are no longer deferred once taken. */
  Set<String> takeDeferred() {
    Set<String> taken = Set.copyOf(deferred);
    deferred.clear();
    return taken;
  }

  boolean isDeferred(String name) {
    return deferred.contains(name);
  }

  /** Forgets this round's findings, once the server step has used them. */
  void clearRound() {
    classes.clear();
    tools.clear();
    // A deferred class's resources and prompts are found only once; keep them until it is done.
    resources.keySet().removeIf(name -> !deferred.contains(name));
    prompts.keySet().removeIf(name -> !deferred.contains(name));
    completions.keySet().removeIf(name -> !deferred.contains(name));
  }
}
