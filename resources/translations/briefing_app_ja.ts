<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="62"/>
        <source>Why this matters, what to do about it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="63"/>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="92"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="72"/>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="98"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="75"/>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="132"/>
        <source>Include in brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="77"/>
        <source>Portion marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="78"/>
        <source>Portion marking: the note is marked at least this high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="79"/>
        <source>No marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="83"/>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="100"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="84"/>
        <source>Who acts (desk, person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="89"/>
        <source>Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="93"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="99"/>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="101"/>
        <source>Action due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="116"/>
        <source>Edit comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="122"/>
        <source>Set owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="128"/>
        <source>Set priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="136"/>
        <source>Set marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="140"/>
        <source>Set due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="198"/>
        <source>Select text in the reader and press Ctrl+E to annotate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="217"/>
        <source>unknown author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_editor.py" line="303"/>
        <source>Tag “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_panel.py" line="77"/>
        <source>Filter by words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_panel.py" line="78"/>
        <source>Filter annotations by words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_panel.py" line="81"/>
        <source>Filter annotations by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_panel.py" line="93"/>
        <source>This section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_panel.py" line="94"/>
        <location filename="../../src/briefing_app/gui/annotation_panel.py" line="96"/>
        <source>All annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_panel.py" line="95"/>
        <source>Annotations in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_panel.py" line="122"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_list.py" line="102"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_list.py" line="103"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_list.py" line="104"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_list.py" line="105"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_list.py" line="106"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_list.py" line="107"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_list.py" line="108"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_list.py" line="109"/>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_list.py" line="134"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_list.py" line="134"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/annotation_list.py" line="141"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="141"/>
        <source>UNCLASSIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="142"/>
        <source>OFFICIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="143"/>
        <source>RESTRICTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="144"/>
        <source>CONFIDENTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="145"/>
        <source>SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="146"/>
        <source>TOP SECRET</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearanceEditor</name>
    <message>
        <location filename="../../src/briefing_app/gui/clearance_editor.py" line="53"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/clearance_editor.py" line="53"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/clearance_editor.py" line="53"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/clearance_editor.py" line="54"/>
        <source>Clearances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/clearance_editor.py" line="65"/>
        <source>Add Clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/clearance_editor.py" line="66"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/clearance_editor.py" line="67"/>
        <source>Remove the selected clearance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../src/briefing_app/gui/commands.py" line="25"/>
        <source>Annotate “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/commands.py" line="50"/>
        <source>Delete annotation “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/commands.py" line="103"/>
        <source>Mark {0} and its items reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/commands.py" line="105"/>
        <source>Mark {0} and its items unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/commands.py" line="109"/>
        <source>Mark {0} reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/commands.py" line="111"/>
        <source>Mark {0} unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/commands.py" line="135"/>
        <source>Edit note on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/commands.py" line="156"/>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/commands.py" line="176"/>
        <source>Edit tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../../src/briefing_app/gui/diagnostics.py" line="72"/>
        <source>Something went wrong: {kind}: {detail}

Your work is still open. The details are in the log ({log}).

Save your work now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/diagnostics.py" line="78"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/diagnostics.py" line="81"/>
        <source>Save my work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/diagnostics.py" line="82"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/diagnostics.py" line="92"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoubtsBar</name>
    <message>
        <location filename="../../src/briefing_app/gui/doubts_bar.py" line="32"/>
        <source>What the import was unsure of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/doubts_bar.py" line="36"/>
        <source>Fix Title or Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/doubts_bar.py" line="37"/>
        <source>Restore Removed Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/doubts_bar.py" line="38"/>
        <source>Show Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/doubts_bar.py" line="40"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/doubts_bar.py" line="41"/>
        <source>Hide this; it is not shown again for this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/doubts_bar.py" line="63"/>
        <source>• and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/doubts_bar.py" line="64"/>
        <source>Please check the import:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <location filename="../../src/briefing_app/gui/due_date_edit.py" line="35"/>
        <source>None — type 15 Dec, tomorrow, +3d or Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/due_date_edit.py" line="36"/>
        <source>Action due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/due_date_edit.py" line="39"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/due_date_edit.py" line="40"/>
        <source>Pick the date on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/due_date_edit.py" line="41"/>
        <source>Pick the due date on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="140"/>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="324"/>
        <source>Export briefing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="152"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="164"/>
        <source>Fill in missing fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="165"/>
        <source>Only annotations marked “include in brief”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="168"/>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="190"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="169"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="170"/>
        <source>Open the note when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="174"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="179"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="226"/>
        <source>{0} (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="234"/>
        <source>Some of your templates cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="262"/>
        <source>No preview for this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="274"/>
        <source>key point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="274"/>
        <source>key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="275"/>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="275"/>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="276"/>
        <source>risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="276"/>
        <source>risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="277"/>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="277"/>
        <source>questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="278"/>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="278"/>
        <source>follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="279"/>
        <source>talking point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="279"/>
        <source>talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="286"/>
        <source>annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="286"/>
        <source>annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="288"/>
        <source>{counts} from {annotations}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="292"/>
        <source>No annotation is included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="294"/>
        <source>Marked &lt;b&gt;{marking}&lt;/b&gt; on every page. {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="305"/>
        <source>Missing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="305"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="326"/>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="342"/>
        <source>Not exported: the existing file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="346"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="368"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="370"/>
        <source>“{name}” already exists in {folder}.

Replacing it loses any changes made to it since, for example in Word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="373"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="373"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="385"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="392"/>
        <source>Not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="393"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="410"/>
        <source>Please wait: the export is still being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="429"/>
        <source>Exported {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="438"/>
        <source>Import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="440"/>
        <source>Word templates (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="451"/>
        <source>Cannot import the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="455"/>
        <source>Template imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="456"/>
        <source>“{0}” is now in your templates ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <location filename="../../src/briefing_app/gui/export_dialog.py" line="104"/>
        <source>The export failed unexpectedly ({0}: {1}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <location filename="../../src/briefing_app/gui/find_panel.py" line="24"/>
        <source>Find in readout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/find_panel.py" line="25"/>
        <source>Find in readout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/find_panel.py" line="29"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/find_panel.py" line="61"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/find_panel.py" line="71"/>
        <source>No matches for “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/find_panel.py" line="73"/>
        <source>{0}+ matches for “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/find_panel.py" line="75"/>
        <source>1 match for “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/find_panel.py" line="77"/>
        <source>{0} matches for “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../../src/briefing_app/gui/help_dialogs.py" line="53"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/help_dialogs.py" line="57"/>
        <source>Briefing — User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/help_dialogs.py" line="87"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/help_dialogs.py" line="90"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/help_dialogs.py" line="91"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/help_dialogs.py" line="92"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/help_dialogs.py" line="104"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <location filename="../../src/briefing_app/gui/interaction.py" line="110"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/interaction.py" line="111"/>
        <source>Save the changes to “{0}” before closing?

If you don&apos;t save, your annotations since the last save are lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="159"/>
        <source>Mark Section &amp;Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="162"/>
        <source>Mark the section shown, with all its items, reviewed (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="165"/>
        <source>Mark Selected &amp;Item Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="168"/>
        <source>Mark only the item selected in the navigator reviewed (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="183"/>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="183"/>
        <source>A short guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="186"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="188"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="205"/>
        <source>&amp;Undo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="205"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="208"/>
        <source>&amp;Redo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="208"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="294"/>
        <source>annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="294"/>
        <source>annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="297"/>
        <source>{0} · {1} of {2} reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="336"/>
        <source>Open readout or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="462"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="518"/>
        <source>Read-only project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="520"/>
        <source>This project is open read-only because it is open elsewhere. Use File › Save As to keep your own copy, then annotate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="527"/>
        <source>Select a passage in the reader first, then annotate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="541"/>
        <source>Your name, recorded on your annotations and in Word comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="544"/>
        <source>Your first annotation: what name should be recorded on your annotations
and in Word comments? (Edit › Your Name changes it later.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="548"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="678"/>
        <source>Edit &amp;Title and Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="681"/>
        <source>Correct the readout&apos;s title and date (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="684"/>
        <source>Use Line as T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="686"/>
        <source>Make the selection, or the line under the cursor, the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="689"/>
        <source>Use Line as D&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="691"/>
        <source>Make the selection, or the line under the cursor, the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="694"/>
        <source>Remove &amp;Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/main_window.py" line="697"/>
        <source>Remove the line under the cursor (Restore Removed Line puts it back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../src/briefing_app/gui/navigator_model.py" line="64"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/navigator_model.py" line="66"/>
        <source>Title, date and preamble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/navigator_model.py" line="162"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/navigator_model.py" line="162"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/navigator_model.py" line="164"/>
        <source>Section or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/navigator_model.py" line="164"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/navigator_model.py" line="164"/>
        <location filename="../../src/briefing_app/gui/navigator_model.py" line="194"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/navigator_model.py" line="188"/>
        <source>annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/navigator_model.py" line="188"/>
        <source>annotations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteFields</name>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="154"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="155"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="156"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="157"/>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="158"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="159"/>
        <source>File / reference no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="160"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="161"/>
        <source>Handling caveat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="162"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="163"/>
        <source>Summary / BLUF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="164"/>
        <source>Recommendation(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="165"/>
        <source>Press line (public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="166"/>
        <source>Drafter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="167"/>
        <source>Cleared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="168"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <location filename="../../src/briefing_app/gui/note_panel.py" line="82"/>
        <source>e.g. CANADIAN EYES ONLY, NOFORN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="130"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="131"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="132"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../src/briefing_app/gui/reader.py" line="155"/>
        <source>Untitled readout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="117"/>
        <source>Key point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="118"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="119"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="120"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="121"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/i18n.py" line="122"/>
        <source>Talking point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TitleDateDialog</name>
    <message>
        <location filename="../../src/briefing_app/gui/title_dialog.py" line="46"/>
        <source>Edit Title and Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/title_dialog.py" line="49"/>
        <source>The readout&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/title_dialog.py" line="52"/>
        <source>The meeting date as printed, e.g. February 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/title_dialog.py" line="60"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/title_dialog.py" line="61"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TitleLineFixes</name>
    <message>
        <location filename="../../src/briefing_app/gui/title_dialog.py" line="92"/>
        <source>Use line as title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/title_dialog.py" line="96"/>
        <source>Use line as date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/title_dialog.py" line="115"/>
        <source>Remove line “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/title_dialog.py" line="144"/>
        <source>Put the cursor in a line of the readout text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/title_dialog.py" line="180"/>
        <source>Edit title and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/title_dialog.py" line="190"/>
        <source>Cannot change the structure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="84"/>
        <source>Sections of the readout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="98"/>
        <source>Show only sections with an annotation carrying this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="100"/>
        <source>Filter sections by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="101"/>
        <source>Unreviewed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="116"/>
        <source>Readout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="121"/>
        <source>Your note on this section (saved with the project)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="123"/>
        <source>Section note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="142"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="143"/>
        <source>Briefing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="144"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="199"/>
        <source>Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="200"/>
        <source>Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="201"/>
        <source>Normal Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="373"/>
        <source>Whole readout · {0} sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="376"/>
        <source>Overview · 1 section follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="378"/>
        <source>Overview · {0} sections follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="380"/>
        <source>Section {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="392"/>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="393"/>
        <source>Tagged “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="441"/>
        <source>Section note — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="446"/>
        <source>the overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="517"/>
        <source>click in a paragraph of a section where it should split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="520"/>
        <source>Split section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="529"/>
        <source>Merge with previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="537"/>
        <source>Promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="542"/>
        <source>Demote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="549"/>
        <source>Edit number and heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="557"/>
        <source>Restore removed line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/briefing_app/gui/workspace.py" line="564"/>
        <source>choose a section or item in the navigator first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
