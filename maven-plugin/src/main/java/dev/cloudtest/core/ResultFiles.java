package dev.cloudtest.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;

/**
 * The one writer for every file the plugin writes. The target must be a regular file or nothing (a symbolic link
 * is followed and its real target checked); a directory, device, FIFO or socket is refused with a message naming
 * the parameter that chose the path. The text goes to a temporary file in the target's own directory and is then
 * moved into place atomically, so a reader never sees half a file and a special file is never replaced.
 *
 * <p>Files in the output directory ({@code cloudtest.outputDirectory}, by default {@code target/cloudtest/}) (stack values, plans, pipeline declarations, summaries) are
 * {@link Access#OWNER_ONLY owner-only} ({@code 0600}) whatever the umask; the generated buildspec, which belongs
 * in the repository, is {@link Access#SHARED shared}: a new file gets the umask's permissions, a replaced one
 * keeps its own. On a file system without POSIX permissions the file gets that file system's defaults.
 */
public final class ResultFiles {
    /** The parameter that chooses the directory of the goals' result files. */
    public static final String OUTPUT_DIRECTORY = "cloudtest.outputDirectory";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");

    /** Who may read a written file. */
    public enum Access {
        /** {@code 0600}: stack values, plans, declarations and summaries. */
        OWNER_ONLY,
        /** The umask's permissions for a new file; a replaced file keeps its own (files meant for the repository). */
        SHARED
    }

    private ResultFiles() {}

    /**
     * A result file as a message names it: relative to the working directory when it lies below it (as a user
     * who typed the command finds it), else absolute.
     */
    public static String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath();
        return absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)
                ? workingDirectory.relativize(absolute).toString()
                : absolute.toString();
    }

    /** The shared, configured JSON mapper (thread-safe once configured). */
    public static ObjectMapper json() {
        return JSON;
    }

    /** Writes {@code value} as pretty JSON to {@code directory/name}, owner-only (see {@link #writeText}). */
    public static Path writeJson(Path directory, String name, Object value) {
        try {
            return writeText(directory, name, JSON.writeValueAsString(value) + "\n");
        } catch (IOException e) {
            throw new EnvironmentException("Cannot serialise " + name + ": " + e.getMessage(), e);
        }
    }

    /** Writes UTF-8 text to {@code directory/name}, a result file under {@code cloudtest.outputDirectory}, 0600. */
    public static Path writeText(Path directory, String name, String text) {
        return write(directory.resolve(name), OUTPUT_DIRECTORY, text, Access.OWNER_ONLY);
    }

    /**
     * Writes UTF-8 text to {@code target} (chosen by {@code parameter}), atomically; returns the path written,
     * {@code target} itself, or the real file behind it when it is a symbolic link.
     *
     * @throws UserFixableException when the target is a directory, device, FIFO or socket, a dangling link, or
     *     its directory is a file
     */
    public static Path write(Path target, String parameter, String text, Access access) {
        Path real = checkWritable(target, parameter);
        Path directory = real.getParent();
        try {
            Files.createDirectories(directory);
        } catch (FileAlreadyExistsException e) {
            throw notADirectory(target, parameter, directory);
        } catch (IOException e) {
            throw new EnvironmentException("Cannot write " + target + " (" + parameter + "): " + e.getMessage(), e);
        }
        Path tmp = directory.resolve("." + real.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try {
                writeNew(tmp, text, access);
                if (access == Access.OWNER_ONLY) {
                    setPermissions(tmp, OWNER_READ_WRITE);
                } else if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                    setPermissions(tmp, permissions(real));
                }
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return real;
        } catch (IOException e) {
            throw new EnvironmentException("Cannot write " + target + " (" + parameter + "): " + e.getMessage(), e);
        }
    }

    /**
     * Checks that {@code target} can be written or read as a file: nothing there, or a regular file (a symbolic
     * link is followed to its real target); returns the real path. Call it before reading a file that a goal may
     * then replace, so a FIFO is refused instead of blocking the read.
     *
     * @throws UserFixableException naming {@code parameter} and the fix otherwise
     */
    public static Path checkWritable(Path target, String parameter) {
        Path absolute = target.toAbsolutePath().normalize();
        Path real = absolute;
        if (Files.isSymbolicLink(absolute)) {
            try {
                real = absolute.toRealPath();
            } catch (NoSuchFileException e) {
                throw new UserFixableException(parameter + ": " + target + " is a symbolic link to a path that does"
                        + " not exist; remove the link or point " + parameter + " at a regular file.");
            } catch (IOException e) {
                throw new UserFixableException(parameter + ": cannot follow the symbolic link " + target + " ("
                        + e.getMessage() + "); remove it or point " + parameter + " at a regular file.");
            }
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            Path parent = real.getParent();
            if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
                throw notADirectory(target, parameter, parent);
            }
            return real; // nothing there yet
        }
        if (attributes.isRegularFile()) {
            return real;
        }
        String what = attributes.isDirectory() ? "a directory" : kindOfSpecialFile(real);
        throw new UserFixableException(parameter + ": " + target + (real.equals(absolute) ? "" : " (-> " + real + ")")
                + " is " + what + ", not a regular file, so cloudtest does not write to it. Point " + parameter
                + " at a regular file (or a path where nothing exists yet).");
    }

    /**
     * Refuses an input file that exists but is not a regular file (following links): a FIFO would block the read
     * and a device has no end. Nothing at the path is left for the caller to report.
     *
     * @throws UserFixableException naming {@code parameter} and the fix
     */
    public static void refuseSpecialInput(Path file, String parameter) {
        if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            throw new UserFixableException(parameter + ": " + file + " is " + kindOfSpecialFile(file)
                    + ", not a regular file, so cloudtest does not read it. Point " + parameter
                    + " at a regular file.");
        }
    }

    private static UserFixableException notADirectory(Path target, String parameter, Path directory) {
        return new UserFixableException(parameter + ": cannot write " + target + ": " + directory
                + " is a file, not a directory. Remove it or point " + parameter + " elsewhere.");
    }

    /** "a FIFO", "a character device"...: read from the Unix file mode where the JDK offers it. */
    private static String kindOfSpecialFile(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> "a FIFO (named pipe)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file (device, FIFO or socket)";
        }
    }

    private static void writeNew(Path tmp, String text, Access access) throws IOException {
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileAttribute<?>[] attributes = access == Access.OWNER_ONLY && posix(tmp.getParent())
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE)}
                : new FileAttribute<?>[0];
        try (SeekableByteChannel channel = Files.newByteChannel(tmp, options, attributes);
                OutputStream out = Channels.newOutputStream(channel)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static boolean posix(Path directory) throws IOException {
        return Files.getFileStore(directory).supportsFileAttributeView("posix");
    }

    private static Set<PosixFilePermission> permissions(Path file) throws IOException {
        return posix(file.getParent()) ? Files.getPosixFilePermissions(file) : Set.of();
    }

    private static void setPermissions(Path file, Set<PosixFilePermission> permissions) throws IOException {
        if (!permissions.isEmpty() && posix(file.getParent())) {
            Files.setPosixFilePermissions(file, permissions);
        }
    }
}
