package org.partneracademy.trainer.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who the head of training is: the user an overdue panel escalates to. {@code pa.trainer.head-of-training}
 * (MicroProfile Config), else the environment variable {@code PA_HEAD_OF_TRAINING}, else {@code leader}.
 */
@ApplicationScoped
public class PanelSettings {

    @Inject
    @ConfigProperty(name = "pa.trainer.head-of-training")
    Optional<String> headOfTraining;

    public String headOfTraining() {
        return headOfTraining.filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(System.getenv("PA_HEAD_OF_TRAINING")).filter(s -> !s.isBlank()))
                .orElse("leader");
    }
}
