package no.fellesgrunn.web.security;

import com.vaadin.flow.component.Component;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Services check roles themselves ({@code @RolesAllowed}), so a forbidden action is refused on
 * the server even if a view forgot to hide a button.
 * <p>
 * Views carry {@code @RolesAllowed} too, but for Vaadin's navigation access control, which checks
 * them before a view is made. Spring's own JSR-250 support would also wrap every view instance in
 * a CGLIB proxy (one per page view, most of a page's render time under load); so the JSR-250
 * interceptor here applies to every annotated bean except Vaadin components.
 */
@Configuration
@EnableMethodSecurity
public class MethodSecurityConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static AuthorizationManagerBeforeMethodInterceptor jsr250OutsideViews() {
        AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
                servicesAnnotatedWithJsr250(), new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        return interceptor;
    }

    /** Classes or methods annotated with a JSR-250 annotation, in classes that are not Vaadin components. */
    static Pointcut servicesAnnotatedWithJsr250() {
        ComposablePointcut annotated = null;
        for (Class<? extends java.lang.annotation.Annotation> annotation :
                java.util.List.of(RolesAllowed.class, PermitAll.class, DenyAll.class)) {
            ComposablePointcut either = new ComposablePointcut(new AnnotationMatchingPointcut(annotation, true))
                    .union(new AnnotationMatchingPointcut(null, annotation, true));
            annotated = annotated == null ? either : annotated.union((Pointcut) either);
        }
        ClassFilter notAComponent = type -> !Component.class.isAssignableFrom(type);
        return annotated.intersection(notAComponent);
    }
}
