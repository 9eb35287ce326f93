package com.nashir.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.NashirProcess;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The jar an operator runs, as {@code mvn package} leaves it. */
class ExecutableJarIT {

    /**
     * Lucene calls restricted methods of {@code java.lang.foreign} to map the index: on Java 22 and
     * later a start without this attribute printed four lines of warnings (and a later Java will
     * refuse the calls). docs/operations.md says which Java to run.
     */
    @Test
    void allowsLuceneItsNativeAccessOnNewerJavas() throws Exception {
        try (JarFile jar = new JarFile(NashirProcess.JAR.toFile())) {
            var attributes = jar.getManifest().getMainAttributes();
            assertThat(attributes.getValue("Enable-Native-Access")).isEqualTo("ALL-UNNAMED");
            assertThat(attributes.getValue("Start-Class")).isEqualTo("com.nashir.NashirApplication");
        }
    }
}
