package org.partneracademy.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELProcessor;
import jakarta.el.PropertyNotFoundException;
import jakarta.el.PropertyNotWritableException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pages read the services' records the way they read beans, and cannot write to them. */
class RecordELResolverTest {

    public record Course(String code, List<String> modules) {
        public int moduleCount() {
            return modules.size();
        }
    }

    public static class Form {
        private String code = "B-1";

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }
    }

    private ELProcessor el;

    @BeforeEach
    void setUp() {
        el = new ELProcessor();
        el.getELManager().addELResolver(new RecordELResolver());
        el.defineBean("course", new Course("UI-1", List.of("Basics", "Advanced")));
        el.defineBean("form", new Form());
    }

    @Test
    void readsRecordComponentsAsProperties() {
        assertThat((Object) el.eval("course.code")).isEqualTo("UI-1");
        assertThat((Object) el.eval("course.modules.size()")).isEqualTo(2);
    }

    @Test
    void leavesMethodCallsAndBeansToTheOtherResolvers() {
        assertThat((Object) el.eval("course.moduleCount()")).isEqualTo(2);
        el.setValue("form.code", "B-2");
        assertThat((Object) el.eval("form.code")).isEqualTo("B-2");
    }

    @Test
    void unknownPropertiesAreStillErrorsAndComponentsAreReadOnly() {
        assertThatThrownBy(() -> el.eval("course.price")).isInstanceOf(PropertyNotFoundException.class);
        assertThatThrownBy(() -> el.setValue("course.code", "X")).isInstanceOf(PropertyNotWritableException.class);
    }
}
