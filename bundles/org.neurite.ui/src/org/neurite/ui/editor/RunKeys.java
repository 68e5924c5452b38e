package org.neurite.ui.editor;

import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The run keys of a workflow editor, as in KNIME: F7 executes the selected nodes, Shift+F7 all nodes, F8 resets
 * the selected nodes, F9 cancels the run, Shift+F9 stops the selected node. The commands and keys are declared in plugin.xml under the editor's
 * own context, which is active only while a workflow editor is, so the keys do not shadow an IDE's own F7/F9 in
 * other editors; the handlers belong to the editor's site, so they also work when the editor runs inside an IDE.
 */
final class RunKeys {

    static final String CONTEXT = "org.neurite.ui.editorContext";
    static final String EXECUTE = "org.neurite.ui.execute";
    static final String EXECUTE_ALL = "org.neurite.ui.executeAll";
    static final String RESET = "org.neurite.ui.reset";
    static final String CANCEL = "org.neurite.ui.cancel";
    static final String STOP = "org.neurite.ui.stop";

    private RunKeys() {
    }

    static void install(WorkflowEditor editor) {
        editor.getSite().getService(IContextService.class).activateContext(CONTEXT);
        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        Map<String, Consumer<WorkflowEditor>> commands = Map.of(EXECUTE, WorkflowEditor::execute, EXECUTE_ALL,
                WorkflowEditor::executeAll, RESET, WorkflowEditor::reset, CANCEL, WorkflowEditor::cancel, STOP, WorkflowEditor::stopSelected);
        commands.forEach((id, run) -> handlers.activateHandler(id, new AbstractHandler() {
            @Override
            public Object execute(ExecutionEvent event) {
                run.accept(editor);
                return null;
            }
        }));
    }
}
