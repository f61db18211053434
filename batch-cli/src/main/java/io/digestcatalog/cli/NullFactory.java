package io.digestcatalog.cli;

import java.lang.reflect.Constructor;

import picocli.CommandLine;

/**
 * Builds command objects without their collaborators, only so that picocli can parse
 * arguments and print help before the Spring context (and the database) starts.
 */
final class NullFactory implements CommandLine.IFactory {

	@Override
	public <K> K create(Class<K> cls) throws Exception {
		if (cls.isInterface() || !isCommand(cls)) {
			return CommandLine.defaultFactory().create(cls);
		}
		Constructor<?> ctor = cls.getDeclaredConstructors()[0];
		ctor.setAccessible(true);
		Object[] args = new Object[ctor.getParameterCount()];
		Class<?>[] types = ctor.getParameterTypes();
		for (int i = 0; i < types.length; i++) {
			args[i] = types[i].isPrimitive() ? defaultOf(types[i]) : null;
		}
		return cls.cast(ctor.newInstance(args));
	}

	private static boolean isCommand(Class<?> cls) {
		return cls.isAnnotationPresent(CommandLine.Command.class);
	}

	private static Object defaultOf(Class<?> type) {
		if (type == boolean.class) {
			return false;
		}
		if (type == char.class) {
			return '\0';
		}
		return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0);
	}

}
