package dev.mcpgen.runtime.internal.auth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes secrets to disk so that only their owner reads them (POSIX {@code 600} files in
 * {@code 700} folders, where the file system has POSIX permissions) and a reader never sees half
 * a file: the text goes to a temporary file, is forced to disk, then moved over the old one
 * atomically.
 */
final class SecureFiles {
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private SecureFiles() {}

  /** Creates {@code folder} and missing parents, owner-only where possible. */
  static void createFolder(Path folder) throws IOException {
    if (POSIX) {
      Files.createDirectories(folder, owner("rwx------"));
    } else {
      Files.createDirectories(folder);
    }
  }

  /** Replaces {@code file} with {@code text} atomically, readable by the owner only. */
  static void write(Path file, String text) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    createFolder(folder);
    Path temporary = POSIX
        ? Files.createTempFile(folder, ".tmp-", ".json", owner("rw-------"))
        : Files.createTempFile(folder, ".tmp-", ".json");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static FileAttribute<?> owner(String permissions) {
    return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
  }
}
