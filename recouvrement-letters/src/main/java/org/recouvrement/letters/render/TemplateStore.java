package org.recouvrement.letters.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds template and message files: first in the integrator's directory, then under the integrator's class-path
 * prefix, then among the library's own. Each file is read once per renderer and kept, with its SHA-256 digest.
 */
final class TemplateStore {

    /** Where the library's own templates live on the class path. */
    static final String BUILTIN_PREFIX = "org/recouvrement/letters/templates/";

    /** A template file's text and where it came from. */
    record Source(String name, String origin, String text, String sha256) {
    }

    private final Path directory;
    private final ClassLoader classLoader;
    private final String classpathPrefix;
    private final Map<String, Optional<Source>> cache = new ConcurrentHashMap<>();
    private final Map<String, MessageSet> messages = new ConcurrentHashMap<>();

    /** The merged messages of a language and the files they came from. */
    private record MessageSet(Map<String, String> values, List<Source> sources) {
    }

    TemplateStore(Path directory, ClassLoader classLoader, String classpathPrefix) {
        this.directory = directory;
        this.classLoader = classLoader;
        this.classpathPrefix = classpathPrefix;
    }

    /**
     * Returns the first of the named files found, looking for each name in every location before the next name.
     */
    Source require(List<String> names) {
        for (String name : names) {
            Optional<Source> found = find(name);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new TemplateException(String.join(" or ", names), "is found neither in the template directory, nor under"
                + " the class-path prefix, nor among the library's templates");
    }

    Optional<Source> find(String name) {
        return cache.computeIfAbsent(name, this::load);
    }

    private Optional<Source> load(String name) {
        if (directory != null) {
            Path file = directory.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(source(name, "directory", Files.readAllBytes(file)));
                } catch (IOException e) {
                    throw new TemplateException(name, "cannot be read from the template directory", e);
                }
            }
        }
        if (classLoader != null) {
            Optional<Source> found = resource(classLoader, classpathPrefix + name, name, "classpath");
            if (found.isPresent()) {
                return found;
            }
        }
        return resource(TemplateStore.class.getClassLoader(), BUILTIN_PREFIX + name, name, "builtin");
    }

    private static Optional<Source> resource(ClassLoader loader, String path, String name, String origin) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(source(name, origin, in.readAllBytes()));
        } catch (IOException e) {
            throw new TemplateException(name, "cannot be read from the class path", e);
        }
    }

    private static Source source(String name, String origin, byte[] bytes) {
        return new Source(name, origin, new String(bytes, StandardCharsets.UTF_8), RenderedDocument.sha256(bytes));
    }

    /**
     * Returns the messages of a language: the library's file, overridden key by key by the integrator's class-path
     * file, then by the integrator's directory file.
     */
    Map<String, String> messages(String language, List<Source> used) {
        String name = "messages." + language + ".properties";
        MessageSet set = messages.computeIfAbsent(language, l -> loadMessages(name));
        if (set.values().isEmpty()) {
            throw new TemplateException(name, "is found in no template location");
        }
        used.addAll(set.sources());
        return set.values();
    }

    private List<Source> messageSources(String name) {
        List<Source> sources = new ArrayList<>();
        resource(TemplateStore.class.getClassLoader(), BUILTIN_PREFIX + name, name, "builtin").ifPresent(sources::add);
        if (classLoader != null) {
            resource(classLoader, classpathPrefix + name, name, "classpath").ifPresent(sources::add);
        }
        if (directory != null && Files.isRegularFile(directory.resolve(name))) {
            try {
                sources.add(source(name, "directory", Files.readAllBytes(directory.resolve(name))));
            } catch (IOException e) {
                throw new TemplateException(name, "cannot be read from the template directory", e);
            }
        }
        return sources;
    }

    private MessageSet loadMessages(String name) {
        Map<String, String> merged = new LinkedHashMap<>();
        List<Source> sources = messageSources(name);
        for (Source source : sources) {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(source.text()));
            } catch (IOException | IllegalArgumentException e) {
                throw new TemplateException(name, "is not a valid properties file (" + source.origin() + ")", e);
            }
            for (String key : properties.stringPropertyNames()) {
                merged.put(key, properties.getProperty(key));
            }
        }
        return new MessageSet(Map.copyOf(merged), List.copyOf(sources));
    }
}
