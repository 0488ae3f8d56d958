package com.vivanta.ops.app.config;

import java.util.Arrays;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * The projections there are: the processing groups of the event handler beans, but for those that act rather
 * than project (they subscribe). Read from the beans' annotations without creating the beans, so that the
 * processor configuration, built before them, can use it.
 */
public class ProjectionCatalog {

    private final SortedSet<String> names;

    ProjectionCatalog(ListableBeanFactory beans, Set<String> subscribing) {
        this.names = Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class))
                           .map(name -> beans.findAnnotationOnBean(name, ProcessingGroup.class).value())
                           .filter(group -> !subscribing.contains(group))
                           .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The projections' names, which are their processing groups, in alphabetical order. */
    public SortedSet<String> names() {
        return names;
    }

    public boolean contains(String name) {
        return names.contains(name);
    }
}
