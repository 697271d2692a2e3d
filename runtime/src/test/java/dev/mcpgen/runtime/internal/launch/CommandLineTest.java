package dev.mcpgen.runtime.internal.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommandLineTest {
  @Test
  void noArgumentsServeTheOnlyServerOverStdioForTheLocalUser() throws LaunchException {
    assertEquals(new CommandLine("stdio", null, "local", false), CommandLine.parse());
  }

  @Test
  void optionsTakeTheirValueNextOrAfterAnEqualsSign() throws LaunchException {
    assertEquals(new CommandLine("stdio", "calc", "ada", false),
        CommandLine.parse("--server", "calc", "--user-id=ada"));
    assertEquals(new CommandLine("stdio", "calc", "local", false),
        CommandLine.parse("stdio", "--server=calc"));
  }

  @Test
  void helpIsAskedForEitherWay() throws LaunchException {
    assertTrue(CommandLine.parse("--help").help());
    assertTrue(CommandLine.parse("--server", "x", "-h").help());
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    LaunchException e = assertThrows(LaunchException.class, () -> CommandLine.parse("--bogus"));
    assertEquals("unknown option --bogus", e.getMessage());
    assertEquals(2, e.exitCode());
    assertTrue(e.showUsage());
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertEquals("unknown command serve",
        assertThrows(LaunchException.class, () -> CommandLine.parse("serve")).getMessage());
    assertEquals("unknown command stdio",
        assertThrows(LaunchException.class, () -> CommandLine.parse("stdio", "stdio"))
            .getMessage());
  }

  @Test
  void anOptionWithoutItsValueIsAUsageError() {
    assertEquals("--server needs a value",
        assertThrows(LaunchException.class, () -> CommandLine.parse("--server")).getMessage());
    assertEquals("--user-id needs a value",
        assertThrows(LaunchException.class, () -> CommandLine.parse("--user-id", "--server", "x"))
            .getMessage());
    assertEquals("--user-id needs a value",
        assertThrows(LaunchException.class, () -> CommandLine.parse("--user-id=")).getMessage());
  }
}
