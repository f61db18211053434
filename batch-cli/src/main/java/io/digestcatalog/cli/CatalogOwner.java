package io.digestcatalog.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Which digestcat process has the embedded catalog database open. HSQLDB locks a file
 * database to one process; when a second one tries, it waits about ten seconds and fails,
 * and after a crash the next one waits as long for the dead process's lock to go stale.
 * An operating-system lock on {@code <database>.owner}, held for the owner's life and
 * released the instant it dies, says at once whether the owner lives; the file says who
 * it is and, for the daemon, the port on 127.0.0.1 where it serves the database to other
 * digestcat processes.
 */
final class CatalogOwner implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final FileChannel channel;

	private final FileLock lock;

	private Info info;

	private CatalogOwner(FileChannel channel, FileLock lock, Info info) {
		this.channel = channel;
		this.lock = lock;
		this.info = info;
	}

	/**
	 * Who owns the database, as written in the owner file.
	 *
	 * @param pid the owner's process id
	 * @param command what it runs, e.g. {@code digestcat daemon}
	 * @param since when it took the database
	 * @param serverPort where it serves the database on 127.0.0.1, or {@code null}
	 */
	record Info(long pid, String command, String since, Integer serverPort) {

		String describe() {
			return "`" + this.command + "` (pid " + this.pid + ", since " + this.since + ")";
		}

	}

	/** What opening the database found. */
	sealed interface Outcome permits Owned, Served, Busy {

	}

	/**
	 * This process owns the database now ({@code owner} is {@code null} when it did
	 * already); {@code died} names the owner whose stale lock HSQLDB will wait for.
	 */
	record Owned(CatalogOwner owner, Optional<Info> died) implements Outcome {

	}

	/** A live daemon owns it and serves it on this port. */
	record Served(Info owner) implements Outcome {

	}

	/** A live process owns it and serves it to nobody. */
	record Busy(Info owner) implements Outcome {

	}

	/**
	 * Takes ownership of the database whose files start with {@code databasePath}, or
	 * says who has it.
	 */
	static Outcome open(Path databasePath, String command) throws IOException {
		Path file = databasePath.resolveSibling(databasePath.getFileName() + ".owner");
		Files.createDirectories(file.toAbsolutePath().getParent());
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			// this very process owns it already (tests run several commands in one JVM)
			channel.close();
			return new Owned(null, Optional.empty());
		}
		// read through the channel: closing another descriptor of the file would release
		// the lock (POSIX)
		Optional<Info> previous = read(channel);
		if (lock == null) {
			channel.close();
			Info owner = previous.orElse(new Info(0, "another digestcat command", "?", null));
			return (owner.serverPort() != null) ? new Served(owner) : new Busy(owner);
		}
		Info mine = new Info(ProcessHandle.current().pid(), command, Instant.now().toString(), null);
		CatalogOwner owner = new CatalogOwner(channel, lock, mine);
		owner.write();
		boolean stale = Files.exists(databasePath.resolveSibling(databasePath.getFileName() + ".lck"));
		return new Owned(owner, stale ? previous.filter(p -> p.pid() != mine.pid()) : Optional.empty());
	}

	/** Says where this process serves the database. */
	void serving(int port) throws IOException {
		this.info = new Info(this.info.pid(), this.info.command(), this.info.since(), port);
		write();
	}

	/** Stops serving (the owner file no longer names a port). */
	void notServing() throws IOException {
		this.info = new Info(this.info.pid(), this.info.command(), this.info.since(), null);
		write();
	}

	private void write() throws IOException {
		byte[] bytes = JSON.writeValueAsBytes(this.info);
		this.channel.truncate(0);
		this.channel.write(ByteBuffer.wrap(bytes), 0);
		this.channel.force(true);
	}

	private static Optional<Info> read(FileChannel channel) {
		try {
			ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(64 * 1024, channel.size()));
			channel.read(buffer, 0);
			byte[] bytes = java.util.Arrays.copyOf(buffer.array(), buffer.position());
			return (bytes.length == 0) ? Optional.empty() : Optional.of(JSON.readValue(bytes, Info.class));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** Prints, before HSQLDB's own wait, whose stale lock it is waiting for. */
	static void explainStaleLock(PrintStream err, Info died) {
		err.println("waiting for the database lock of a process that died: " + died.describe()
				+ " (HSQLDB gives a dead process's lock about 10 s to go stale)…");
		err.flush();
	}

	@Override
	public void close() {
		try {
			this.lock.release();
			this.channel.close();
		}
		catch (IOException ex) {
			// released with the process anyway
		}
	}

}
