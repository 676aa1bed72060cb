package org.servelab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * Every {@code package-info.java} that says what its package imports says it truly: from the word "Imports" to
 * the end of the comment, each {@code org.servelab} package named before "never"/"not" is one the package's
 * classes depend on (a name ending in {@code ..} covers the subpackages too; a class name stands for its
 * package), every {@code org.servelab} package they depend on is named, and none named after "never"/"not"
 * is depended on. Dependencies are read from the compiled classes, so an import added without its line
 * fails ({@code ArchitectureTest} runs it on the classes it has imported).
 */
final class PackageImportsDoc {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern NAME = Pattern.compile("org\\.servelab(?:\\.[a-z][a-z0-9]*)*(?:\\.\\.|\\.[A-Z]\\w*)?");
    private static final Pattern NEGATION = Pattern.compile("\\b(never|not)\\b");

    private PackageImportsDoc() {
    }

    /** Each package to the other {@code org.servelab} packages its classes depend on. */
    static Map<String, Set<String>> dependencies(JavaClasses classes) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (JavaClass c : classes) {
            Set<String> deps = out.computeIfAbsent(c.getPackageName(), p -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getPackageName();
                if (target.startsWith(ArchitectureTest.ROOT) && !target.equals(c.getPackageName())) {
                    deps.add(target);
                }
            }
        }
        return out;
    }

    /** What the package-info files claim wrongly; asserts that more than 20 of them make a claim. */
    static List<String> problems(Map<String, Set<String>> dependencies) throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path info : packageInfos()) {
            String text = Files.readString(info);
            int at = text.indexOf("Imports");
            if (at < 0) {
                continue;
            }
            checked++;
            String pkg = packageOf(text);
            String claim = text.substring(at, text.indexOf("*/", at));
            Matcher neg = NEGATION.matcher(claim);
            int split = neg.find() ? neg.start() : claim.length();
            List<String> allowed = names(claim.substring(0, split));
            List<String> forbidden = names(claim.substring(split));
            Set<String> deps = dependencies.getOrDefault(pkg, Set.of());
            for (String d : deps) {
                if (allowed.stream().noneMatch(a -> covers(a, d))) {
                    problems.add(pkg + " depends on " + d + " but its package-info does not say so");
                }
                forbidden.stream().filter(f -> covers(f, d))
                        .forEach(f -> problems.add(pkg + " depends on " + d + ", which its package-info rules out"));
            }
            for (String a : allowed) {
                if (deps.stream().noneMatch(d -> covers(a, d))) {
                    problems.add(pkg + "'s package-info names " + a + ", which it does not use");
                }
            }
        }
        assertThat(checked).as("package-info files with an Imports line").isGreaterThan(20);
        return problems;
    }

    /** The packages a claim names; a trailing class name is dropped, a trailing ".." kept. */
    static List<String> names(String claim) {
        List<String> out = new ArrayList<>();
        Matcher m = NAME.matcher(claim);
        while (m.find()) {
            String n = m.group();
            int last = n.lastIndexOf('.');
            if (!n.endsWith("..") && Character.isUpperCase(n.charAt(last + 1))) {
                n = n.substring(0, last);
            }
            out.add(n);
        }
        return out;
    }

    static boolean covers(String name, String pkg) {
        if (name.endsWith("..")) {
            String base = name.substring(0, name.length() - 2);
            return pkg.equals(base) || pkg.startsWith(base + ".");
        }
        return pkg.equals(name);
    }

    private static String packageOf(String text) {
        Matcher m = Pattern.compile("(?m)^package\\s+([\\w.]+);").matcher(text);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static List<Path> packageInfos() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.getFileName().toString().equals("package-info.java")).sorted().toList();
        }
    }
}
