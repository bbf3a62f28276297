package org.partneracademy.web.path;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.path.MyPathView;
import org.partneracademy.path.LearnerPathsService;

/** "My paths": the learner's assigned paths, their progress, and why each is assigned. */
@Named
@ViewScoped
public class MyPathsBean implements Serializable {

    @Inject
    LearnerPathsService service;

    private List<MyPathView> paths;

    @PostConstruct
    void load() {
        paths = service.myPaths();
    }

    public List<MyPathView> getPaths() {
        return paths;
    }
}
