package org.partneracademy.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * The application deploys exactly the models named in processes/index.txt, because classpath scanning inside
 * WildFly's VFS is unreliable. A model added without an index entry would silently never be deployed.
 */
class ProcessModelIndexTest {

    private static final Path SOURCE_DIR = Path.of("src", "main", "resources", "processes");
    private static final String INDEX = "processes/index.txt";

    @Test
    void indexListsExactlyTheModelsInTheSourceTree() throws IOException {
        List<String> present;
        try (Stream<Path> files = Files.list(SOURCE_DIR)) {
            present = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".bpmn"))
                    .toList();
        }

        assertThat(present).isNotEmpty();
        assertThat(indexEntries()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(present);
    }

    @Test
    void indexHasOnePlainFileNamePerLine() throws IOException {
        // The deployer reads the file line by line with no trimming or comment syntax.
        assertThat(indexEntries())
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry)
                        .isNotBlank()
                        .isEqualTo(entry.strip())
                        .doesNotContain("/")
                        .endsWith(".bpmn"));
    }

    @Test
    void everyIndexedModelParsesFromTheClasspathWithHistoryTimeToLive() throws IOException {
        for (String entry : indexEntries()) {
            BpmnModelInstance model;
            try (InputStream in = resource("processes/" + entry)) {
                model = Bpmn.readModelFromStream(in);
            }
            Bpmn.validateModel(model);

            Collection<Process> processes = model.getModelElementsByType(Process.class);
            assertThat(processes).as("processes in %s", entry).anySatisfy(p -> assertThat(p.isExecutable()).isTrue());
            // The engine refuses deployments without a TTL (enforceHistoryTimeToLive), and history would grow unbounded.
            assertThat(processes.stream().filter(Process::isExecutable))
                    .as("executable processes in %s", entry)
                    .allSatisfy(p -> assertThat(p.getCamundaHistoryTimeToLiveString())
                            .as("historyTimeToLive of %s", p.getId())
                            .isNotBlank());
        }
    }

    private static List<String> indexEntries() throws IOException {
        try (InputStream in = resource(INDEX)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ProcessModelIndexTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as("classpath resource %s", name).isNotNull();
        return in;
    }
}
