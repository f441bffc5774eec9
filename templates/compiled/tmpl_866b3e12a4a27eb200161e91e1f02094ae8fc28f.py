from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_sdd.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_properties = l_0_sources = l_0_generated_notice = l_0_links = l_0_quoted = l_0_gap = l_0_missing_description = l_0_missing_prd = l_0_missing_prd_section = l_0_missing_system_section = l_0_missing_component_section = l_0_missing_stakeholders = l_0_missing_nfr = l_0_missing_performance = l_0_missing_recovery = l_0_missing_availability = l_0_missing_compliance = l_0_missing_components = l_0_missing_data = l_0_missing_technologies = l_0_missing_categories = l_0_missing_decisions = l_0_missing_context_links = l_0_target_value = l_0_nfr_table = l_0_nfr_list = l_0_compliance_list = l_0_prd_part = l_0_diagram = l_0_component_table = l_0_shared_components = l_0_data_stores = l_0_recovery = l_0_tech_table = l_0_tech_item = l_0_tech_list = l_0_practice = l_0_neighbours_table = l_0_link_details = l_0_dependency_list = l_0_checklist = l_0_status = l_0_chosen = l_0_considered = l_0_STANDING = l_0_decision_areas = l_0_decision_line = l_0_derived = l_0_decision_log = l_0_decision_details = l_0_data_flows = l_0_risks = l_0_vault_gaps = l_0_open_questions = l_0_section_or_gap = l_0_glossary = l_0_references = l_0_changelog = l_0_options_table = l_0_authentication = l_0_authorization = l_0_data_protection = l_0_compliance = l_0_fan_in = missing
    try:
        t_1 = environment.filters['cell']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'cell' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_5 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_6 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_7 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_8 = environment.filters['sort']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'sort' found.")
    try:
        t_9 = environment.filters['yaml']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'yaml' found.")
    try:
        t_10 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro():
        t_11 = []
        l_1_link = resolve('link')
        l_1_doc = resolve('doc')
        l_1_version = resolve('version')
        l_1_coverage = resolve('coverage')
        pass
        t_11.extend((
            'type: sdd\nsystem: ',
            str(t_9(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'system')))),
            '\ngenerated_by: ',
            str(t_9(str_join(('vaultsmith ', (undefined(name='version') if l_1_version is missing else l_1_version), )))),
            '\ntemplate: ',
            str(t_9(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'template'))),
            '\ncoverage: ',
            str(environment.getattr((undefined(name='coverage') if l_1_coverage is missing else l_1_coverage), 'share')),
            '\ngaps: ',
            str(environment.getattr((undefined(name='coverage') if l_1_coverage is missing else l_1_coverage), 'gaps')),
        ))
        return concat(t_11)
    context.exported_vars.add('properties')
    context.vars['properties'] = l_0_properties = Macro(environment, macro, 'properties', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_12 = []
        l_1_doc = resolve('doc')
        pass
        t_12.append(
            'sources:\n',
        )
        for l_2_source in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'sources'):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_12.extend((
                '  - ',
                str(t_9(context.call((undefined(name='link') if l_2_link is missing else l_2_link), l_2_source, _loop_vars=_loop_vars))),
                '\n',
            ))
        l_2_source = l_2_link = missing
        t_12.append(
            'tags:\n  - sdd',
        )
        return concat(t_12)
    context.exported_vars.add('sources')
    context.vars['sources'] = l_0_sources = Macro(environment, macro, 'sources', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_13 = []
        l_1_coverage = resolve('coverage')
        pass
        t_13.extend((
            '> [!info] Generated by vaultsmith from the notes it links to\n> Edit those notes, not this one: vaultsmith rewrites it on every build. Coverage ',
            str(environment.getattr((undefined(name='coverage') if l_1_coverage is missing else l_1_coverage), 'percent')),
            '% (',
            str(environment.getattr((undefined(name='coverage') if l_1_coverage is missing else l_1_coverage), 'backed')),
            ' of ',
            str(environment.getattr((undefined(name='coverage') if l_1_coverage is missing else l_1_coverage), 'sections')),
            ' sections of this style filled from the vault), ',
            str(environment.getattr((undefined(name='coverage') if l_1_coverage is missing else l_1_coverage), 'gaps')),
            ' gaps.\n',
        ))
        return concat(t_13)
    context.exported_vars.add('generated_notice')
    context.vars['generated_notice'] = l_0_generated_notice = Macro(environment, macro, 'generated_notice', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_refs, l_1_table, l_1_empty):
        t_14 = []
        if l_1_refs is missing:
            l_1_refs = undefined("parameter 'refs' was not provided", name='refs')
        if l_1_table is missing:
            l_1_table = False
        if l_1_empty is missing:
            l_1_empty = '—'
        pass
        l_2_loop = missing
        t_15 = 1
        for l_2_r, l_2_loop in LoopContext(l_1_refs, undefined):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_14.extend((
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), l_2_r, l_1_table, _loop_vars=_loop_vars)),
                str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 30 in '_sdd.md.j2' evaluated to false and no else section was defined."))),
            ))
            t_15 = 0
        l_2_loop = l_2_r = l_2_link = missing
        if t_15:
            pass
            t_14.append(
                str(l_1_empty),
            )
        return concat(t_14)
    context.exported_vars.add('links')
    context.vars['links'] = l_0_links = Macro(environment, macro, 'links', ('refs', 'table', 'empty'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_sections):
        t_16 = []
        if l_1_sections is missing:
            l_1_sections = undefined("parameter 'sections' was not provided", name='sections')
        pass
        for l_2_s in l_1_sections:
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_16.extend((
                '\n**From ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_s, 'source'), _loop_vars=_loop_vars)),
                ':**\n\n',
                str(environment.getattr(l_2_s, 'text')),
                '\n',
            ))
        l_2_s = l_2_link = missing
        return concat(t_16)
    context.exported_vars.add('quoted')
    context.vars['quoted'] = l_0_quoted = Macro(environment, macro, 'quoted', ('sections',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_title, l_1_hint):
        t_17 = []
        if l_1_title is missing:
            l_1_title = undefined("parameter 'title' was not provided", name='title')
        if l_1_hint is missing:
            l_1_hint = undefined("parameter 'hint' was not provided", name='hint')
        pass
        t_17.extend((
            '> [!warning] Missing: ',
            str(l_1_title),
            '\n> ',
            str(l_1_hint),
            '\n',
        ))
        return concat(t_17)
    context.exported_vars.add('gap')
    context.vars['gap'] = l_0_gap = Macro(environment, macro, 'gap', ('title', 'hint'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_18 = []
        l_1_link = resolve('link')
        l_1_doc = resolve('doc')
        pass
        t_18.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'system description', str_join(('Add `description:` to ', context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'system')), '.', )))),
        )
        return concat(t_18)
    context.exported_vars.add('missing_description')
    context.vars['missing_description'] = l_0_missing_description = Macro(environment, macro, 'missing_description', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_19 = []
        l_1_link = resolve('link')
        l_1_doc = resolve('doc')
        pass
        t_19.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'product requirements', str_join(('No PRD belongs to this system. Write a note with `type: prd` and `system: "', context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'system')), '"`, with `## Problem`, `## Goals`, `## Requirements` and `## Success metrics` sections.', )))),
        )
        return concat(t_19)
    context.exported_vars.add('missing_prd')
    context.vars['missing_prd'] = l_0_missing_prd = Macro(environment, macro, 'missing_prd', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_heading, l_1_what):
        t_20 = []
        l_1_doc = resolve('doc')
        l_1_link = resolve('link')
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        if l_1_what is missing:
            l_1_what = undefined("parameter 'what' was not provided", name='what')
        pass
        t_20.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), l_1_what, str_join(('Add a `## ', l_1_heading, "` section to this system's PRD", (str_join((' (', context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(environment.getitem(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'prds'), 0), 'ref')), ')', )) if environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'prds') else ''), '.', )))),
        )
        return concat(t_20)
    context.exported_vars.add('missing_prd_section')
    context.vars['missing_prd_section'] = l_0_missing_prd_section = Macro(environment, macro, 'missing_prd_section', ('heading', 'what'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_heading, l_1_what):
        t_21 = []
        l_1_link = resolve('link')
        l_1_doc = resolve('doc')
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        if l_1_what is missing:
            l_1_what = undefined("parameter 'what' was not provided", name='what')
        pass
        t_21.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), l_1_what, str_join(('Add a `## ', l_1_heading, '` section to ', context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'system')), '.', )))),
        )
        return concat(t_21)
    context.exported_vars.add('missing_system_section')
    context.vars['missing_system_section'] = l_0_missing_system_section = Macro(environment, macro, 'missing_system_section', ('heading', 'what'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_heading, l_1_what):
        t_22 = []
        l_1_doc = resolve('doc')
        l_1_link = resolve('link')
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        if l_1_what is missing:
            l_1_what = undefined("parameter 'what' was not provided", name='what')
        pass
        t_22.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), l_1_what, str_join(('Add a `## ', l_1_heading, '` section to the component notes of this system', (str_join((' (for example ', context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(environment.getitem(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'components'), 0), 'ref')), ')', )) if environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'components') else ''), '.', )))),
        )
        return concat(t_22)
    context.exported_vars.add('missing_component_section')
    context.vars['missing_component_section'] = l_0_missing_component_section = Macro(environment, macro, 'missing_component_section', ('heading', 'what'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_23 = []
        l_1_link = resolve('link')
        l_1_doc = resolve('doc')
        pass
        t_23.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'stakeholders', str_join(('Add `owner:` to ', context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'system')), ' and its components, and `deciders:` to its ADRs.', )))),
        )
        return concat(t_23)
    context.exported_vars.add('missing_stakeholders')
    context.vars['missing_stakeholders'] = l_0_missing_stakeholders = Macro(environment, macro, 'missing_stakeholders', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_24 = []
        pass
        t_24.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'non-functional requirements', "Add an `nfr:` map (for example `latency_p99_ms`, `availability`, `throughput_rps`) to this system's PRD.")),
        )
        return concat(t_24)
    context.exported_vars.add('missing_nfr')
    context.vars['missing_nfr'] = l_0_missing_nfr = Macro(environment, macro, 'missing_nfr', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_25 = []
        pass
        t_25.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'performance targets', "Add `latency_p99_ms`, `throughput_rps`, `availability` or `users` to the PRD's `nfr:` map.")),
        )
        return concat(t_25)
    context.exported_vars.add('missing_performance')
    context.vars['missing_performance'] = l_0_missing_performance = Macro(environment, macro, 'missing_performance', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_26 = []
        pass
        t_26.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'backup and recovery targets', "Add `rpo_minutes` and `rto_minutes` to the PRD's `nfr:` map.")),
        )
        return concat(t_26)
    context.exported_vars.add('missing_recovery')
    context.vars['missing_recovery'] = l_0_missing_recovery = Macro(environment, macro, 'missing_recovery', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_27 = []
        pass
        t_27.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'availability target', 'Add `availability` (for example `"99.9%"`) to the PRD\'s `nfr:` map.')),
        )
        return concat(t_27)
    context.exported_vars.add('missing_availability')
    context.vars['missing_availability'] = l_0_missing_availability = Macro(environment, macro, 'missing_availability', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_28 = []
        pass
        t_28.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'compliance requirements', 'Add a `compliance:` list to the PRD (for example `[GDPR, PCI-DSS]`), or `compliance: []` when none apply.')),
        )
        return concat(t_28)
    context.exported_vars.add('missing_compliance')
    context.vars['missing_compliance'] = l_0_missing_compliance = Macro(environment, macro, 'missing_compliance', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_29 = []
        l_1_link = resolve('link')
        l_1_doc = resolve('doc')
        pass
        t_29.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'components', str_join(('No component belongs to this system. Write notes with `type: component` and `system: "', context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'system')), '"`.', )))),
        )
        return concat(t_29)
    context.exported_vars.add('missing_components')
    context.vars['missing_components'] = l_0_missing_components = Macro(environment, macro, 'missing_components', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_30 = []
        pass
        t_30.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'data stores', 'No component of this system has `kind: database`, `cache`, `storage` or `queue`.')),
        )
        return concat(t_30)
    context.exported_vars.add('missing_data')
    context.vars['missing_data'] = l_0_missing_data = Macro(environment, macro, 'missing_data', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_31 = []
        pass
        t_31.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'technologies', 'No component of this system lists `uses:` technologies.')),
        )
        return concat(t_31)
    context.exported_vars.add('missing_technologies')
    context.vars['missing_technologies'] = l_0_missing_technologies = Macro(environment, macro, 'missing_technologies', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_what, l_1_categories):
        t_32 = []
        if l_1_what is missing:
            l_1_what = undefined("parameter 'what' was not provided", name='what')
        if l_1_categories is missing:
            l_1_categories = undefined("parameter 'categories' was not provided", name='categories')
        pass
        t_32.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), l_1_what, str_join(('Nothing in this system is about ', t_2(context.eval_ctx, l_1_categories, ', '), ": write an ADR with one of them as `decision_area:`, or a technology note with one as `category:` and list it in a component's `uses:`.", )))),
        )
        return concat(t_32)
    context.exported_vars.add('missing_categories')
    context.vars['missing_categories'] = l_0_missing_categories = Macro(environment, macro, 'missing_categories', ('what', 'categories'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_33 = []
        l_1_link = resolve('link')
        l_1_doc = resolve('doc')
        pass
        t_33.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'decisions', str_join(('No ADR names this system. Add `system: "', context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'system')), '"` (or `affects:`) to the ADRs that shape it.', )))),
        )
        return concat(t_33)
    context.exported_vars.add('missing_decisions')
    context.vars['missing_decisions'] = l_0_missing_decisions = Macro(environment, macro, 'missing_decisions', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_34 = []
        pass
        t_34.append(
            str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'neighbours', 'No component of this system depends on, or is depended on by, anything outside it. Add `depends_on:` links between components, or a component with `kind: external`.')),
        )
        return concat(t_34)
    context.exported_vars.add('missing_context_links')
    context.vars['missing_context_links'] = l_0_missing_context_links = Macro(environment, macro, 'missing_context_links', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_nfr, l_1_table):
        t_35 = []
        if l_1_nfr is missing:
            l_1_nfr = undefined("parameter 'nfr' was not provided", name='nfr')
        if l_1_table is missing:
            l_1_table = False
        pass
        if environment.getattr(l_1_nfr, 'conflict'):
            pass
            t_35.append(
                '**conflict to settle**: ',
            )
            l_2_loop = missing
            for l_2_r, l_2_loop in LoopContext(environment.getattr(l_1_nfr, 'stated'), undefined):
                l_2_link = resolve('link')
                _loop_vars = {}
                pass
                t_35.extend((
                    str(t_1(environment.getattr(l_2_r, 'value'))),
                    ' in ',
                    str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_r, 'source'), l_1_table, _loop_vars=_loop_vars)),
                    str((' (draft)' if environment.getattr(l_2_r, 'draft') else cond_expr_undefined("the inline if-expression on line 86 in '_sdd.md.j2' evaluated to false and no else section was defined."))),
                    str((' vs ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 86 in '_sdd.md.j2' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_r = l_2_link = missing
        else:
            pass
            t_35.extend((
                str(t_1(environment.getattr(l_1_nfr, 'value'))),
                str((' (draft)' if environment.getattr(l_1_nfr, 'draft') else cond_expr_undefined("the inline if-expression on line 86 in '_sdd.md.j2' evaluated to false and no else section was defined."))),
            ))
        return concat(t_35)
    context.exported_vars.add('target_value')
    context.vars['target_value'] = l_0_target_value = Macro(environment, macro, 'target_value', ('nfr', 'table'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_nfrs):
        t_36 = []
        if l_1_nfrs is missing:
            l_1_nfrs = undefined("parameter 'nfrs' was not provided", name='nfrs')
        pass
        t_36.append(
            '| Requirement | Target | Source |\n|---|---|---|\n',
        )
        for l_2_nfr in l_1_nfrs:
            _loop_vars = {}
            pass
            t_36.extend((
                '| ',
                str(t_1(environment.getattr(l_2_nfr, 'label'))),
                ' | ',
                str(context.call((undefined(name='target_value') if l_0_target_value is missing else l_0_target_value), l_2_nfr, True, _loop_vars=_loop_vars)),
                ' | ',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_nfr, 'sources'), True, _loop_vars=_loop_vars)),
                ' |\n',
            ))
        l_2_nfr = missing
        return concat(t_36)
    context.exported_vars.add('nfr_table')
    context.vars['nfr_table'] = l_0_nfr_table = Macro(environment, macro, 'nfr_table', ('nfrs',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_nfrs):
        t_37 = []
        if l_1_nfrs is missing:
            l_1_nfrs = undefined("parameter 'nfrs' was not provided", name='nfrs')
        pass
        for l_2_nfr in l_1_nfrs:
            _loop_vars = {}
            pass
            t_37.extend((
                '- **',
                str(environment.getattr(l_2_nfr, 'label')),
                '**: ',
                str(context.call((undefined(name='target_value') if l_0_target_value is missing else l_0_target_value), l_2_nfr, _loop_vars=_loop_vars)),
            ))
            if (not environment.getattr(l_2_nfr, 'conflict')):
                pass
                t_37.extend((
                    ' (',
                    str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_nfr, 'sources'), _loop_vars=_loop_vars)),
                    ')',
                ))
            t_37.append(
                '\n',
            )
        l_2_nfr = missing
        return concat(t_37)
    context.exported_vars.add('nfr_list')
    context.vars['nfr_list'] = l_0_nfr_list = Macro(environment, macro, 'nfr_list', ('nfrs',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_38 = []
        l_1_doc = resolve('doc')
        pass
        def t_39(fiter):
            for l_2_prd in fiter:
                if environment.getattr(l_2_prd, 'compliance'):
                    yield l_2_prd
        t_40 = 1
        for l_2_prd in t_39(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'prds')):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_38.extend((
                '- **Compliance** (',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_prd, 'ref'), _loop_vars=_loop_vars)),
                '): ',
                str(t_2(context.eval_ctx, environment.getattr(l_2_prd, 'compliance'), ', ')),
                '\n',
            ))
            t_40 = 0
        l_2_prd = l_2_link = missing
        if t_40:
            pass
            t_38.extend((
                str(context.call((undefined(name='missing_compliance') if l_0_missing_compliance is missing else l_0_missing_compliance))),
                '\n',
            ))
        return concat(t_38)
    context.exported_vars.add('compliance_list')
    context.vars['compliance_list'] = l_0_compliance_list = Macro(environment, macro, 'compliance_list', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_attribute, l_1_title):
        t_41 = []
        l_1_doc = resolve('doc')
        if l_1_attribute is missing:
            l_1_attribute = undefined("parameter 'attribute' was not provided", name='attribute')
        if l_1_title is missing:
            l_1_title = undefined("parameter 'title' was not provided", name='title')
        pass
        def t_42(fiter):
            for l_2_prd in fiter:
                if environment.getitem(l_2_prd, l_1_attribute):
                    yield l_2_prd
        for l_2_prd in t_42(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'prds')):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_41.extend((
                '\n**',
                str(l_1_title),
                '** (from ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_prd, 'ref'), _loop_vars=_loop_vars)),
                '):\n\n',
                str(environment.getitem(l_2_prd, l_1_attribute)),
                '\n',
            ))
        l_2_prd = l_2_link = missing
        return concat(t_41)
    context.exported_vars.add('prd_part')
    context.vars['prd_part'] = l_0_prd_part = Macro(environment, macro, 'prd_part', ('attribute', 'title'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_text, l_1_empty):
        t_43 = []
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        if l_1_empty is missing:
            l_1_empty = ''
        pass
        if l_1_text:
            pass
            t_43.extend((
                '```mermaid\n',
                str(l_1_text),
                '\n```\n',
            ))
            if (' --> ' in l_1_text):
                pass
                t_43.append(
                    '*An arrow without a label is a `depends_on` link that says nothing more.*\n',
                )
        else:
            pass
            t_43.extend((
                str(l_1_empty),
                '\n',
            ))
        return concat(t_43)
    context.exported_vars.add('diagram')
    context.vars['diagram'] = l_0_diagram = Macro(environment, macro, 'diagram', ('text', 'empty'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_44 = []
        l_1_doc = resolve('doc')
        pass
        t_44.append(
            '| Component | Kind | Technologies | Depends on | Owner | Responsibility |\n|---|---|---|---|---|---|\n',
        )
        for l_2_c in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'components'):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_44.extend((
                '| ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_c, 'ref'), table=True, _loop_vars=_loop_vars)),
                ' | ',
                str(t_1(environment.getattr(l_2_c, 'kind'))),
                ' | ',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_c, 'technologies'), True, _loop_vars=_loop_vars)),
                ' | ',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_c, 'depends_on'), True, _loop_vars=_loop_vars)),
                ' | ',
                str(t_1(environment.getattr(l_2_c, 'owner'))),
                ' | ',
                str(t_1(environment.getattr(l_2_c, 'description'))),
                ' |\n',
            ))
        l_2_c = l_2_link = missing
        return concat(t_44)
    context.exported_vars.add('component_table')
    context.vars['component_table'] = l_0_component_table = Macro(environment, macro, 'component_table', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_45 = []
        l_1_doc = resolve('doc')
        pass
        def t_46(fiter):
            for l_2_c in fiter:
                if (t_3(environment.getattr(l_2_c, 'systems')) > 1):
                    yield l_2_c
        l_2_loop = missing
        for l_2_c, l_2_loop in LoopContext(t_46(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'components')), undefined):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            if environment.getattr(l_2_loop, 'first'):
                pass
                t_45.append(
                    '\nShared with other systems:\n',
                )
            t_45.extend((
                '- ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_c, 'ref'), _loop_vars=_loop_vars)),
                ': ',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_c, 'systems'), _loop_vars=_loop_vars)),
                '\n',
            ))
        l_2_loop = l_2_c = l_2_link = missing
        return concat(t_45)
    context.exported_vars.add('shared_components')
    context.vars['shared_components'] = l_0_shared_components = Macro(environment, macro, 'shared_components', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_47 = []
        l_1_doc = resolve('doc')
        pass
        t_48 = 1
        for l_2_c in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'data_components'):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_47.extend((
                '- ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_c, 'ref'), _loop_vars=_loop_vars)),
                ' (',
                str(environment.getattr(l_2_c, 'kind')),
                ')',
            ))
            if environment.getattr(l_2_c, 'technologies'):
                pass
                t_47.extend((
                    ': ',
                    str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_c, 'technologies'), _loop_vars=_loop_vars)),
                ))
            t_47.append(
                '\n',
            )
            t_48 = 0
        l_2_c = l_2_link = missing
        if t_48:
            pass
            t_47.extend((
                str(context.call((undefined(name='missing_data') if l_0_missing_data is missing else l_0_missing_data))),
                '\n',
            ))
        return concat(t_47)
    context.exported_vars.add('data_stores')
    context.vars['data_stores'] = l_0_data_stores = Macro(environment, macro, 'data_stores', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_49 = []
        l_1_doc = resolve('doc')
        l_1_targets = missing
        pass
        l_1_targets = context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'nfrs_named'), 'rpo_minutes', 'rto_minutes')
        if (undefined(name='targets') if l_1_targets is missing else l_1_targets):
            pass
            l_2_loop = missing
            for l_2_nfr, l_2_loop in LoopContext((undefined(name='targets') if l_1_targets is missing else l_1_targets), undefined):
                _loop_vars = {}
                pass
                t_49.extend((
                    str(environment.getattr(l_2_nfr, 'label')),
                    ' ',
                    str(context.call((undefined(name='target_value') if l_0_target_value is missing else l_0_target_value), l_2_nfr, _loop_vars=_loop_vars)),
                    str(('; ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 166 in '_sdd.md.j2' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_nfr = missing
            t_49.extend((
                ' (from ',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'sources_of'), (undefined(name='targets') if l_1_targets is missing else l_1_targets)))),
                ').\n',
            ))
        else:
            pass
            t_49.extend((
                str(context.call((undefined(name='missing_recovery') if l_0_missing_recovery is missing else l_0_missing_recovery))),
                '\n',
            ))
        return concat(t_49)
    context.exported_vars.add('recovery')
    context.vars['recovery'] = l_0_recovery = Macro(environment, macro, 'recovery', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_technologies):
        t_50 = []
        if l_1_technologies is missing:
            l_1_technologies = undefined("parameter 'technologies' was not provided", name='technologies')
        pass
        t_50.append(
            '| Category | Technology | Version | Used by | Chosen in |\n|---|---|---|---|---|\n',
        )
        for l_2_t in l_1_technologies:
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_50.extend((
                '| ',
                str(t_1((environment.getattr(l_2_t, 'category') or 'uncategorised'))),
                ' | ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_t, 'ref'), table=True, _loop_vars=_loop_vars)),
                ' | ',
                str(t_1(environment.getattr(l_2_t, 'version'))),
                ' | ',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_t, 'used_by'), True, _loop_vars=_loop_vars)),
                ' | ',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_t, 'chosen_by'), True, 'no ADR', _loop_vars=_loop_vars)),
                ' |\n',
            ))
        l_2_t = l_2_link = missing
        return concat(t_50)
    context.exported_vars.add('tech_table')
    context.vars['tech_table'] = l_0_tech_table = Macro(environment, macro, 'tech_table', ('technologies',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_t):
        t_51 = []
        l_1_link = resolve('link')
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        pass
        t_51.extend((
            '- ',
            str(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_t, 'ref'))),
        ))
        if environment.getattr(l_1_t, 'version'):
            pass
            t_51.extend((
                ' ',
                str(environment.getattr(l_1_t, 'version')),
            ))
        t_51.extend((
            ' (',
            str((environment.getattr(l_1_t, 'category') or 'uncategorised')),
            '), used by ',
            str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_1_t, 'used_by'))),
            '; chosen in ',
            str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_1_t, 'chosen_by'), False, 'no ADR')),
        ))
        return concat(t_51)
    context.exported_vars.add('tech_item')
    context.vars['tech_item'] = l_0_tech_item = Macro(environment, macro, 'tech_item', ('t',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_technologies):
        t_52 = []
        if l_1_technologies is missing:
            l_1_technologies = undefined("parameter 'technologies' was not provided", name='technologies')
        pass
        for l_2_t in l_1_technologies:
            _loop_vars = {}
            pass
            t_52.extend((
                str(context.call((undefined(name='tech_item') if l_0_tech_item is missing else l_0_tech_item), l_2_t, _loop_vars=_loop_vars)),
                '\n',
            ))
        l_2_t = missing
        return concat(t_52)
    context.exported_vars.add('tech_list')
    context.vars['tech_list'] = l_0_tech_list = Macro(environment, macro, 'tech_list', ('technologies',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_what, l_1_categories):
        t_53 = []
        l_1_doc = resolve('doc')
        l_1_shown = resolve('shown')
        l_1_techs = l_1_settled = missing
        if l_1_what is missing:
            l_1_what = undefined("parameter 'what' was not provided", name='what')
        if l_1_categories is missing:
            l_1_categories = undefined("parameter 'categories' was not provided", name='categories')
        pass
        l_1_techs = context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'technologies_in'), *l_1_categories)
        l_1_settled = context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'accepted_in'), *l_1_categories)
        if ((undefined(name='techs') if l_1_techs is missing else l_1_techs) or (undefined(name='settled') if l_1_settled is missing else l_1_settled)):
            pass
            for l_2_t in (undefined(name='techs') if l_1_techs is missing else l_1_techs):
                _loop_vars = {}
                pass
                t_53.extend((
                    str(context.call((undefined(name='tech_item') if l_0_tech_item is missing else l_0_tech_item), l_2_t, _loop_vars=_loop_vars)),
                    '\n',
                ))
            l_2_t = missing
            l_1_shown = t_4(context.eval_ctx, t_5(context, (undefined(name='techs') if l_1_techs is missing else l_1_techs), attribute='ref'))
            def t_54(fiter):
                for l_2_d in fiter:
                    if (not t_4(context.eval_ctx, t_6(context, environment.getattr(l_2_d, 'chosen'), 'in', (undefined(name='shown') if l_1_shown is missing else l_1_shown)))):
                        yield l_2_d
            for l_2_d in t_54((undefined(name='settled') if l_1_settled is missing else l_1_settled)):
                l_2_link = resolve('link')
                _loop_vars = {}
                pass
                t_53.extend((
                    '- ',
                    str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_d, 'ref'), _loop_vars=_loop_vars)),
                    ' chose ',
                    str(context.call((undefined(name='chosen') if l_0_chosen is missing else l_0_chosen), l_2_d, _loop_vars=_loop_vars)),
                    ' (`',
                    str(environment.getattr(l_2_d, 'area')),
                    '`)\n',
                ))
            l_2_d = l_2_link = missing
        else:
            pass
            t_53.extend((
                str(context.call((undefined(name='missing_categories') if l_0_missing_categories is missing else l_0_missing_categories), l_1_what, l_1_categories)),
                '\n',
            ))
        return concat(t_53)
    context.exported_vars.add('practice')
    context.vars['practice'] = l_0_practice = Macro(environment, macro, 'practice', ('what', 'categories'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_55 = []
        l_1_doc = resolve('doc')
        pass
        t_55.append(
            '| Name | Type | Relation | Through |\n|---|---|---|---|\n',
        )
        for l_2_c in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'externals'):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_55.extend((
                '| ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_c, 'ref'), table=True, _loop_vars=_loop_vars)),
                ' | external component | used by this system | ',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), t_5(context, context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'depending_on'), environment.getattr(l_2_c, 'ref'), _loop_vars=_loop_vars), attribute='ref'), True, _loop_vars=_loop_vars)),
                ' |\n',
            ))
        l_2_c = l_2_link = missing
        l_2_loop = missing
        for l_2_n, l_2_loop in LoopContext(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'neighbours'), undefined):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_55.extend((
                '| ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_n, 'ref'), table=True, _loop_vars=_loop_vars)),
                ' | ',
                str(('outside component' if environment.getattr(l_2_n, 'external') else 'system')),
                ' | ',
                str(('this system depends on it' if (environment.getattr(l_2_n, 'relation') == 'uses') else 'depends on this system')),
                ' | ',
            ))
            l_3_loop = missing
            for l_3_d, l_3_loop in LoopContext(environment.getattr(l_2_n, 'via'), undefined):
                _loop_vars = {}
                pass
                t_55.extend((
                    str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_3_d, 'source'), True, _loop_vars=_loop_vars)),
                    ' ',
                    str(environment.getattr(l_3_d, 'verb')),
                    ' ',
                    str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_3_d, 'target'), True, _loop_vars=_loop_vars)),
                    str((', ' if (not environment.getattr(l_3_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 211 in '_sdd.md.j2' evaluated to false and no else section was defined."))),
                ))
            l_3_loop = l_3_d = missing
            t_55.append(
                ' |\n',
            )
        l_2_loop = l_2_n = l_2_link = missing
        return concat(t_55)
    context.exported_vars.add('neighbours_table')
    context.vars['neighbours_table'] = l_0_neighbours_table = Macro(environment, macro, 'neighbours_table', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_d):
        t_56 = []
        if l_1_d is missing:
            l_1_d = undefined("parameter 'd' was not provided", name='d')
        pass
        if environment.getattr(l_1_d, 'details'):
            pass
            t_56.extend((
                ' — ',
                str(environment.getattr(l_1_d, 'details')),
            ))
        return concat(t_56)
    context.exported_vars.add('link_details')
    context.vars['link_details'] = l_0_link_details = Macro(environment, macro, 'link_details', ('d',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_57 = []
        l_1_doc = resolve('doc')
        pass
        for l_2_d in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'dependencies'):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_57.extend((
                '- ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_d, 'source'), _loop_vars=_loop_vars)),
                ' ',
                str(environment.getattr(l_2_d, 'verb')),
                ' ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_d, 'target'), _loop_vars=_loop_vars)),
            ))
            if environment.getattr(l_2_d, 'systems'):
                pass
                t_57.extend((
                    ' (',
                    str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_d, 'systems'), _loop_vars=_loop_vars)),
                    ')',
                ))
            elif environment.getattr(l_2_d, 'kind'):
                pass
                t_57.extend((
                    ' (',
                    str(environment.getattr(l_2_d, 'kind')),
                    ')',
                ))
            t_57.extend((
                str(context.call((undefined(name='link_details') if l_0_link_details is missing else l_0_link_details), l_2_d, _loop_vars=_loop_vars)),
                '\n',
            ))
        l_2_d = l_2_link = missing
        for l_2_d in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'dependents'):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_57.extend((
                '- ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_d, 'source'), _loop_vars=_loop_vars)),
            ))
            if environment.getattr(l_2_d, 'systems'):
                pass
                t_57.extend((
                    ' (',
                    str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_d, 'systems'), _loop_vars=_loop_vars)),
                    ')',
                ))
            t_57.extend((
                ' ',
                str(environment.getattr(l_2_d, 'verb')),
                ' ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_d, 'target'), _loop_vars=_loop_vars)),
                str(context.call((undefined(name='link_details') if l_0_link_details is missing else l_0_link_details), l_2_d, _loop_vars=_loop_vars)),
                '\n',
            ))
        l_2_d = l_2_link = missing
        if ((not environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'dependencies')) and (not environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'dependents'))):
            pass
            t_57.append(
                'No component of this system depends on, or is depended on by, a component outside it.\n',
            )
        return concat(t_57)
    context.exported_vars.add('dependency_list')
    context.vars['dependency_list'] = l_0_dependency_list = Macro(environment, macro, 'dependency_list', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_group):
        t_58 = []
        l_1_doc = resolve('doc')
        if l_1_group is missing:
            l_1_group = None
        pass
        def t_59(fiter):
            for l_2_item in fiter:
                if (t_10(l_1_group) or (environment.getattr(l_2_item, 'group') == l_1_group)):
                    yield l_2_item
        l_2_loop = missing
        for l_2_item, l_2_loop in LoopContext(t_59(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'checklist')), undefined):
            _loop_vars = {}
            pass
            if (t_10(l_1_group) and context.call(environment.getattr(l_2_loop, 'changed'), environment.getattr(l_2_item, 'group'), _loop_vars=_loop_vars)):
                pass
                t_58.extend((
                    '\n**',
                    str(environment.getattr(l_2_item, 'group')),
                    '**\n',
                ))
            if environment.getattr(l_2_item, 'decided_by'):
                pass
                t_58.extend((
                    '- [x] **',
                    str(environment.getattr(l_2_item, 'item')),
                    '**: ',
                ))
                l_3_loop = missing
                for l_3_r, l_3_loop in LoopContext(environment.getattr(l_2_item, 'decided_by'), undefined):
                    l_3_link = resolve('link')
                    l_3_d = missing
                    _loop_vars = {}
                    pass
                    l_3_d = context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'decision'), l_3_r, _loop_vars=_loop_vars)
                    _loop_vars['d'] = l_3_d
                    t_58.append(
                        str(context.call((undefined(name='link') if l_3_link is missing else l_3_link), l_3_r, _loop_vars=_loop_vars)),
                    )
                    if ((undefined(name='d') if l_3_d is missing else l_3_d) and (environment.getattr((undefined(name='d') if l_3_d is missing else l_3_d), 'chosen') or environment.getattr((undefined(name='d') if l_3_d is missing else l_3_d), 'chosen_text'))):
                        pass
                        t_58.extend((
                            ' chose ',
                            str(context.call((undefined(name='chosen') if l_0_chosen is missing else l_0_chosen), (undefined(name='d') if l_3_d is missing else l_3_d), _loop_vars=_loop_vars)),
                        ))
                    t_58.extend((
                        str((context.call((undefined(name='derived') if l_0_derived is missing else l_0_derived), (undefined(name='d') if l_3_d is missing else l_3_d), _loop_vars=_loop_vars) if (undefined(name='d') if l_3_d is missing else l_3_d) else cond_expr_undefined("the inline if-expression on line 238 in '_sdd.md.j2' evaluated to false and no else section was defined."))),
                        str(('; ' if (not environment.getattr(l_3_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 238 in '_sdd.md.j2' evaluated to false and no else section was defined."))),
                    ))
                l_3_loop = l_3_r = l_3_d = l_3_link = missing
                t_58.append(
                    '\n',
                )
            else:
                pass
                t_58.extend((
                    '- [ ] **',
                    str(environment.getattr(l_2_item, 'item')),
                    '**: no accepted ADR settles it: write one with `decision_area: ',
                    str(environment.getitem(environment.getattr(l_2_item, 'areas'), 0)),
                    '`\n',
                ))
        l_2_loop = l_2_item = missing
        return concat(t_58)
    context.exported_vars.add('checklist')
    context.vars['checklist'] = l_0_checklist = Macro(environment, macro, 'checklist', ('group',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_d):
        t_60 = []
        if l_1_d is missing:
            l_1_d = undefined("parameter 'd' was not provided", name='d')
        pass
        if ((environment.getattr(l_1_d, 'qualifier') and environment.getattr(l_1_d, 'status')) and (environment.getattr(l_1_d, 'status') in environment.getattr(l_1_d, 'qualifier'))):
            pass
            t_60.append(
                str(environment.getattr(l_1_d, 'qualifier')),
            )
        else:
            pass
            t_60.append(
                str(str_join((environment.getattr(l_1_d, 'stated_status'), (str_join((' (', environment.getattr(l_1_d, 'qualifier'), ')', )) if environment.getattr(l_1_d, 'qualifier') else ''), ))),
            )
        return concat(t_60)
    context.exported_vars.add('status')
    context.vars['status'] = l_0_status = Macro(environment, macro, 'status', ('d',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_d, l_1_table):
        t_61 = []
        if l_1_d is missing:
            l_1_d = undefined("parameter 'd' was not provided", name='d')
        if l_1_table is missing:
            l_1_table = False
        pass
        l_2_loop = missing
        t_62 = 1
        for l_2_c, l_2_loop in LoopContext(environment.getattr(l_1_d, 'chosen'), undefined):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_61.extend((
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), l_2_c, l_1_table, _loop_vars=_loop_vars)),
                str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 248 in '_sdd.md.j2' evaluated to false and no else section was defined."))),
            ))
            t_62 = 0
        l_2_loop = l_2_c = l_2_link = missing
        if t_62:
            pass
            t_61.append(
                str((t_1(environment.getattr(l_1_d, 'chosen_text')) if l_1_table else (environment.getattr(l_1_d, 'chosen_text') or '—'))),
            )
        return concat(t_61)
    context.exported_vars.add('chosen')
    context.vars['chosen'] = l_0_chosen = Macro(environment, macro, 'chosen', ('d', 'table'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_d, l_1_table):
        t_63 = []
        if l_1_d is missing:
            l_1_d = undefined("parameter 'd' was not provided", name='d')
        if l_1_table is missing:
            l_1_table = False
        pass
        if environment.getattr(l_1_d, 'considered'):
            pass
            t_63.append(
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_1_d, 'considered'), l_1_table)),
            )
        else:
            pass
            t_63.append(
                str((t_1(environment.getattr(l_1_d, 'considered_text')) if l_1_table else (environment.getattr(l_1_d, 'considered_text') or '—'))),
            )
        return concat(t_63)
    context.exported_vars.add('considered')
    context.vars['considered'] = l_0_considered = Macro(environment, macro, 'considered', ('d', 'table'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_STANDING = {'in force': '', 'proposed': 'open, only proposed: ', 'retired': 'no decision in force, history only: ', 'loop': 'unsettled, a supersede loop: '}
    context.vars['STANDING'] = l_0_STANDING
    context.exported_vars.add('STANDING')
    yield '\n'
    def macro():
        t_64 = []
        l_1_doc = resolve('doc')
        pass
        if environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'decision_areas'):
            pass
            t_64.append(
                '**Where each decision area stands** (following supersede and amend links; earlier decisions beneath):\n',
            )
            for l_2_area in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'decision_areas'):
                _loop_vars = {}
                pass
                for l_3_c in environment.getattr(l_2_area, 'current'):
                    _loop_vars = {}
                    pass
                    t_64.extend((
                        '- **',
                        str((environment.getattr(l_2_area, 'area') or 'no decision area')),
                        '**: ',
                        str(environment.getitem((undefined(name='STANDING') if l_0_STANDING is missing else l_0_STANDING), environment.getattr(l_3_c, 'standing'))),
                        str(context.call((undefined(name='decision_line') if l_0_decision_line is missing else l_0_decision_line), environment.getattr(l_3_c, 'decision'), _loop_vars=_loop_vars)),
                        '\n',
                    ))
                    for l_4_p in environment.getattr(l_3_c, 'history'):
                        _loop_vars = {}
                        pass
                        t_64.extend((
                            '    - ',
                            str(environment.getattr(l_4_p, 'how')),
                            ' ',
                            str(context.call((undefined(name='decision_line') if l_0_decision_line is missing else l_0_decision_line), environment.getattr(l_4_p, 'decision'), _loop_vars=_loop_vars)),
                            '\n',
                        ))
                    l_4_p = missing
                l_3_c = missing
            l_2_area = missing
            t_64.append(
                '\n',
            )
        return concat(t_64)
    context.exported_vars.add('decision_areas')
    context.vars['decision_areas'] = l_0_decision_areas = Macro(environment, macro, 'decision_areas', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_d):
        t_65 = []
        l_1_link = resolve('link')
        if l_1_d is missing:
            l_1_d = undefined("parameter 'd' was not provided", name='d')
        pass
        t_65.extend((
            str(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_d, 'ref'))),
            ' (',
            str(context.call((undefined(name='status') if l_0_status is missing else l_0_status), l_1_d)),
        ))
        if environment.getattr(l_1_d, 'date'):
            pass
            t_65.extend((
                ', ',
                str(environment.getattr(l_1_d, 'date')),
            ))
        t_65.append(
            ')',
        )
        if (environment.getattr(l_1_d, 'chosen') or environment.getattr(l_1_d, 'chosen_text')):
            pass
            t_65.extend((
                ': ',
                str(context.call((undefined(name='chosen') if l_0_chosen is missing else l_0_chosen), l_1_d)),
            ))
        t_65.append(
            str(context.call((undefined(name='derived') if l_0_derived is missing else l_0_derived), l_1_d)),
        )
        return concat(t_65)
    context.exported_vars.add('decision_line')
    context.vars['decision_line'] = l_0_decision_line = Macro(environment, macro, 'decision_line', ('d',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_d):
        t_66 = []
        if l_1_d is missing:
            l_1_d = undefined("parameter 'd' was not provided", name='d')
        pass
        if environment.getattr(l_1_d, 'derived'):
            pass
            t_66.extend((
                ' *(',
                str(t_2(context.eval_ctx, t_5(context, environment.getattr(l_1_d, 'derived'), 'replace', 'chosen', 'choice'), ' and ')),
                ' derived from its text: add ',
                str(t_2(context.eval_ctx, t_5(context, t_5(context, environment.getattr(l_1_d, 'derived'), 'replace', 'area', '`decision_area:`'), 'replace', 'chosen', '`chosen:`'), ' and ')),
                ' to confirm)*',
            ))
        return concat(t_66)
    context.exported_vars.add('derived')
    context.vars['derived'] = l_0_derived = Macro(environment, macro, 'derived', ('d',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_67 = []
        l_1_doc = resolve('doc')
        pass
        t_67.extend((
            str(context.call((undefined(name='decision_areas') if l_0_decision_areas is missing else l_0_decision_areas))),
            '\n',
        ))
        if environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'decisions'):
            pass
            t_67.append(
                '| # | Decision | Status | Date | Area | Chosen | Supersedes | Superseded by |\n|---|---|---|---|---|---|---|---|\n',
            )
            for l_2_d in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'decisions'):
                l_2_link = resolve('link')
                _loop_vars = {}
                pass
                t_67.extend((
                    '| ',
                    str((environment.getattr(l_2_d, 'number') if (not t_10(environment.getattr(l_2_d, 'number'))) else '—')),
                    ' | ',
                    str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_d, 'ref'), table=True, _loop_vars=_loop_vars)),
                    ' | ',
                    str(t_1(context.call((undefined(name='status') if l_0_status is missing else l_0_status), l_2_d, _loop_vars=_loop_vars))),
                    ' | ',
                    str(t_1(environment.getattr(l_2_d, 'date'))),
                    ' | ',
                    str(t_1(environment.getattr(l_2_d, 'area'))),
                    str((' (derived)' if (environment.getattr(l_2_d, 'area') and ('area' in environment.getattr(l_2_d, 'derived'))) else cond_expr_undefined("the inline if-expression on line 280 in '_sdd.md.j2' evaluated to false and no else section was defined."))),
                    ' | ',
                    str(context.call((undefined(name='chosen') if l_0_chosen is missing else l_0_chosen), l_2_d, True, _loop_vars=_loop_vars)),
                    str((' (derived)' if ('chosen' in environment.getattr(l_2_d, 'derived')) else cond_expr_undefined("the inline if-expression on line 280 in '_sdd.md.j2' evaluated to false and no else section was defined."))),
                    ' | ',
                    str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_d, 'supersedes'), True, _loop_vars=_loop_vars)),
                    ' | ',
                    str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_d, 'superseded_by'), True, _loop_vars=_loop_vars)),
                    ' |\n',
                ))
            l_2_d = l_2_link = missing
        else:
            pass
            t_67.extend((
                str(context.call((undefined(name='missing_decisions') if l_0_missing_decisions is missing else l_0_missing_decisions))),
                '\n',
            ))
        return concat(t_67)
    context.exported_vars.add('decision_log')
    context.vars['decision_log'] = l_0_decision_log = Macro(environment, macro, 'decision_log', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_d, l_1_level):
        t_68 = []
        l_1_link = resolve('link')
        if l_1_d is missing:
            l_1_d = undefined("parameter 'd' was not provided", name='d')
        if l_1_level is missing:
            l_1_level = '####'
        pass
        t_68.extend((
            str(l_1_level),
            ' ',
            str((str_join((environment.getattr(l_1_d, 'number'), '. ', )) if (not t_10(environment.getattr(l_1_d, 'number'))) else cond_expr_undefined("the inline if-expression on line 288 in '_sdd.md.j2' evaluated to false and no else section was defined."))),
            str(environment.getattr(l_1_d, 'title')),
            '\n- **Record**: ',
            str(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_d, 'ref'))),
            ', ',
            str(context.call((undefined(name='status') if l_0_status is missing else l_0_status), l_1_d)),
        ))
        if environment.getattr(l_1_d, 'date'):
            pass
            t_68.extend((
                ', ',
                str(environment.getattr(l_1_d, 'date')),
            ))
        if environment.getattr(l_1_d, 'area'):
            pass
            t_68.extend((
                ', area `',
                str(environment.getattr(l_1_d, 'area')),
                '`',
            ))
        t_68.append(
            '\n',
        )
        if environment.getattr(l_1_d, 'context'):
            pass
            t_68.extend((
                '- **Context**: ',
                str(environment.getattr(l_1_d, 'context')),
                '\n',
            ))
        t_68.extend((
            '- **Options considered**: ',
            str(context.call((undefined(name='considered') if l_0_considered is missing else l_0_considered), l_1_d)),
            '\n- **Chosen**: ',
            str(context.call((undefined(name='chosen') if l_0_chosen is missing else l_0_chosen), l_1_d)),
            str(context.call((undefined(name='derived') if l_0_derived is missing else l_0_derived), l_1_d)),
            '\n',
        ))
        if environment.getattr(l_1_d, 'supersedes'):
            pass
            t_68.extend((
                '- **Supersedes**: ',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_1_d, 'supersedes'))),
                '\n',
            ))
        if environment.getattr(l_1_d, 'superseded_by'):
            pass
            t_68.extend((
                '- **Superseded by**: ',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_1_d, 'superseded_by'))),
                '\n',
            ))
        if environment.getattr(l_1_d, 'decision'):
            pass
            t_68.extend((
                '\n**Decision** (from ',
                str(context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(l_1_d, 'ref'))),
                '):\n\n',
                str(environment.getattr(l_1_d, 'decision')),
                '\n',
            ))
        if environment.getattr(l_1_d, 'consequences'):
            pass
            t_68.extend((
                '\n**Consequences**:\n\n',
                str(environment.getattr(l_1_d, 'consequences')),
                '\n',
            ))
        if environment.getattr(l_1_d, 'gained'):
            pass
            t_68.append(
                '\n**Gained**:\n',
            )
            for l_2_line in environment.getattr(l_1_d, 'gained'):
                _loop_vars = {}
                pass
                t_68.extend((
                    '- ',
                    str(l_2_line),
                    '\n',
                ))
            l_2_line = missing
        if environment.getattr(l_1_d, 'accepted'):
            pass
            t_68.append(
                '\n**Accepted**:\n',
            )
            for l_2_line in environment.getattr(l_1_d, 'accepted'):
                _loop_vars = {}
                pass
                t_68.extend((
                    '- ',
                    str(l_2_line),
                    '\n',
                ))
            l_2_line = missing
        return concat(t_68)
    context.exported_vars.add('decision_details')
    context.vars['decision_details'] = l_0_decision_details = Macro(environment, macro, 'decision_details', ('d', 'level'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_69 = []
        l_1_doc = resolve('doc')
        pass
        l_2_loop = missing
        for l_2_f, l_2_loop in LoopContext(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'classified_flows'), undefined):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            if environment.getattr(l_2_loop, 'first'):
                pass
                t_69.append(
                    '\n**Links carrying classified data** (from `depends_on` attributes):\n',
                )
            t_69.extend((
                '- ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_f, 'source'), _loop_vars=_loop_vars)),
                ' → ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_f, 'target'), _loop_vars=_loop_vars)),
                ': ',
                str(environment.getattr(l_2_f, 'data')),
            ))
            if environment.getattr(l_2_f, 'protocol'):
                pass
                t_69.extend((
                    ', over ',
                    str(environment.getattr(l_2_f, 'protocol')),
                ))
            t_69.append(
                '\n',
            )
        l_2_loop = l_2_f = l_2_link = missing
        return concat(t_69)
    context.exported_vars.add('data_flows')
    context.vars['data_flows'] = l_0_data_flows = Macro(environment, macro, 'data_flows', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_70 = []
        l_1_doc = resolve('doc')
        pass
        t_71 = 1
        for l_2_r in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'risks'):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_70.append(
                '- ',
            )
            if environment.getattr(l_2_r, 'about'):
                pass
                t_70.extend((
                    str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_r, 'about'), _loop_vars=_loop_vars)),
                    ' ',
                ))
            t_70.extend((
                str(environment.getattr(l_2_r, 'text')),
                '\n',
            ))
            t_71 = 0
        l_2_r = l_2_link = missing
        if t_71:
            pass
            t_70.append(
                'No risk found in the vault: no supersede loop or dependency cycle, no required decision left to a proposal or a retired ADR, no conflicting targets, no classified data over a link without a protocol, and no component reached by many others.\n',
            )
        return concat(t_70)
    context.exported_vars.add('risks')
    context.vars['risks'] = l_0_risks = Macro(environment, macro, 'risks', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_72 = []
        l_1_doc = resolve('doc')
        pass
        t_73 = 1
        for l_2_g in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'gaps'):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_72.append(
                '- ',
            )
            if environment.getattr(l_2_g, 'about'):
                pass
                t_72.extend((
                    str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_g, 'about'), _loop_vars=_loop_vars)),
                    ' ',
                ))
            t_72.extend((
                str(environment.getattr(l_2_g, 'text')),
                '\n',
            ))
            t_73 = 0
        l_2_g = l_2_link = missing
        if t_73:
            pass
            t_72.append(
                'No gap found: every component has an owner and a description, every ADR a status and a date, and every link a note.\n',
            )
        return concat(t_72)
    context.exported_vars.add('vault_gaps')
    context.vars['vault_gaps'] = l_0_vault_gaps = Macro(environment, macro, 'vault_gaps', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_74 = []
        l_1_doc = resolve('doc')
        pass
        t_75 = 1
        for l_2_q in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'open_questions'):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_74.append(
                '- [ ] ',
            )
            if environment.getattr(l_2_q, 'about'):
                pass
                t_74.extend((
                    str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_q, 'about'), _loop_vars=_loop_vars)),
                    ' ',
                ))
            t_74.extend((
                str(environment.getattr(l_2_q, 'text')),
                '\n',
            ))
            t_75 = 0
        l_2_q = l_2_link = missing
        if t_75:
            pass
            t_74.append(
                'No open question beyond the risks above.\n',
            )
        return concat(t_74)
    context.exported_vars.add('open_questions')
    context.vars['open_questions'] = l_0_open_questions = Macro(environment, macro, 'open_questions', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_name, l_1_heading, l_1_what, l_1_where):
        t_76 = []
        l_1_doc = resolve('doc')
        if l_1_name is missing:
            l_1_name = undefined("parameter 'name' was not provided", name='name')
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        if l_1_what is missing:
            l_1_what = undefined("parameter 'what' was not provided", name='what')
        if l_1_where is missing:
            l_1_where = 'component'
        pass
        if context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'about'), l_1_name):
            pass
            t_76.extend((
                str(context.call((undefined(name='quoted') if l_0_quoted is missing else l_0_quoted), context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'about'), l_1_name))),
                '\n',
            ))
        elif (l_1_where == 'system'):
            pass
            t_76.extend((
                str(context.call((undefined(name='missing_system_section') if l_0_missing_system_section is missing else l_0_missing_system_section), l_1_heading, l_1_what)),
                '\n',
            ))
        elif (l_1_where == 'prd'):
            pass
            t_76.extend((
                str(context.call((undefined(name='missing_prd_section') if l_0_missing_prd_section is missing else l_0_missing_prd_section), l_1_heading, l_1_what)),
                '\n',
            ))
        else:
            pass
            t_76.extend((
                str(context.call((undefined(name='missing_component_section') if l_0_missing_component_section is missing else l_0_missing_component_section), l_1_heading, l_1_what)),
                '\n',
            ))
        return concat(t_76)
    context.exported_vars.add('section_or_gap')
    context.vars['section_or_gap'] = l_0_section_or_gap = Macro(environment, macro, 'section_or_gap', ('name', 'heading', 'what', 'where'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_77 = []
        l_1_doc = resolve('doc')
        l_1_notes = missing
        pass
        l_1_notes = context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'references_named'), 'glossary')
        if context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'about'), 'glossary'):
            pass
            t_77.extend((
                str(context.call((undefined(name='quoted') if l_0_quoted is missing else l_0_quoted), context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'about'), 'glossary'))),
                '\n',
            ))
        elif (undefined(name='notes') if l_1_notes is missing else l_1_notes):
            pass
            t_77.extend((
                'Terms are defined in ',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), (undefined(name='notes') if l_1_notes is missing else l_1_notes))),
                '.\n',
            ))
        else:
            pass
            t_77.extend((
                str(context.call((undefined(name='missing_system_section') if l_0_missing_system_section is missing else l_0_missing_system_section), 'Glossary', 'glossary')),
                '\n',
            ))
        return concat(t_77)
    context.exported_vars.add('glossary')
    context.vars['glossary'] = l_0_glossary = Macro(environment, macro, 'glossary', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_78 = []
        l_1_doc = resolve('doc')
        pass
        l_2_loop = missing
        t_79 = 1
        for l_2_r, l_2_loop in LoopContext(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'references'), undefined):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            if environment.getattr(l_2_loop, 'first'):
                pass
                t_78.append(
                    'Other notes that link to this system or its components:\n',
                )
            t_78.extend((
                '- ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), l_2_r, _loop_vars=_loop_vars)),
                '\n',
            ))
            t_79 = 0
        l_2_loop = l_2_r = l_2_link = missing
        if t_79:
            l_2_link = resolve('link')
            pass
            t_78.extend((
                str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'references', str_join(('No other note (a meeting note, an overview) links to ', context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'system')), ' or its components.', )))),
                '\n',
            ))
            l_2_link = missing
        return concat(t_78)
    context.exported_vars.add('references')
    context.vars['references'] = l_0_references = Macro(environment, macro, 'references', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_80 = []
        l_1_doc = resolve('doc')
        l_1_dated = missing
        pass
        l_1_dated = t_4(context.eval_ctx, t_8(environment, t_7(context, environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'decisions'), 'date'), attribute='date'))
        if (undefined(name='dated') if l_1_dated is missing else l_1_dated):
            pass
            t_80.append(
                '| Date | Decision | Status |\n|---|---|---|\n',
            )
            for l_2_d in (undefined(name='dated') if l_1_dated is missing else l_1_dated):
                l_2_link = resolve('link')
                _loop_vars = {}
                pass
                t_80.extend((
                    '| ',
                    str(t_1(environment.getattr(l_2_d, 'date'))),
                    ' | ',
                    str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_d, 'ref'), table=True, _loop_vars=_loop_vars)),
                    ' | ',
                    str(t_1(context.call((undefined(name='status') if l_0_status is missing else l_0_status), l_2_d, _loop_vars=_loop_vars))),
                    ' |\n',
                ))
            l_2_d = l_2_link = missing
        else:
            pass
            t_80.extend((
                str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'decision dates', "Add `date:` to this system's ADRs.")),
                '\n',
            ))
        return concat(t_80)
    context.exported_vars.add('changelog')
    context.vars['changelog'] = l_0_changelog = Macro(environment, macro, 'changelog', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_81 = []
        l_1_doc = resolve('doc')
        l_1_weighed = missing
        pass
        l_1_weighed = t_4(context.eval_ctx, t_7(context, environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'decisions'), 'considered'))
        if (undefined(name='weighed') if l_1_weighed is missing else l_1_weighed):
            pass
            t_81.append(
                '| Decision | Options considered | Chosen | Status |\n|---|---|---|---|\n',
            )
            for l_2_d in (undefined(name='weighed') if l_1_weighed is missing else l_1_weighed):
                l_2_link = resolve('link')
                _loop_vars = {}
                pass
                t_81.extend((
                    '| ',
                    str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_d, 'ref'), table=True, _loop_vars=_loop_vars)),
                    ' | ',
                    str(context.call((undefined(name='considered') if l_0_considered is missing else l_0_considered), l_2_d, True, _loop_vars=_loop_vars)),
                    ' | ',
                    str(context.call((undefined(name='chosen') if l_0_chosen is missing else l_0_chosen), l_2_d, True, _loop_vars=_loop_vars)),
                    ' | ',
                    str(t_1(context.call((undefined(name='status') if l_0_status is missing else l_0_status), l_2_d, _loop_vars=_loop_vars))),
                    ' |\n',
                ))
            l_2_d = l_2_link = missing
        return concat(t_81)
    context.exported_vars.add('options_table')
    context.vars['options_table'] = l_0_options_table = Macro(environment, macro, 'options_table', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_82 = []
        l_1_doc = resolve('doc')
        pass
        for l_2_f in environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'identity_links'):
            l_2_link = resolve('link')
            _loop_vars = {}
            pass
            t_82.extend((
                '- ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_f, 'source'), _loop_vars=_loop_vars)),
                ' ',
                str(environment.getattr(l_2_f, 'verb')),
                ' ',
                str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_f, 'target'), _loop_vars=_loop_vars)),
            ))
            if environment.getattr(l_2_f, 'systems'):
                pass
                t_82.extend((
                    ' (',
                    str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), environment.getattr(l_2_f, 'systems'), _loop_vars=_loop_vars)),
                    ')',
                ))
            if environment.getattr(l_2_f, 'protocol'):
                pass
                t_82.extend((
                    ' over ',
                    str(environment.getattr(l_2_f, 'protocol')),
                ))
            t_82.append(
                ' *(derived: a link to an identity component)*\n',
            )
        l_2_f = l_2_link = missing
        t_82.extend((
            str(context.call((undefined(name='quoted') if l_0_quoted is missing else l_0_quoted), context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'about'), 'authentication'))),
            '\n',
        ))
        if ((not environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'identity_links')) and (not context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'about'), 'authentication'))):
            pass
            t_82.extend((
                str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'authentication', 'No component links to an identity component (auth, SSO, IAM) and none has an `## Authentication` section: add the link, with `protocol:` (for example OIDC), or the section.')),
                '\n',
            ))
        return concat(t_82)
    context.exported_vars.add('authentication')
    context.vars['authentication'] = l_0_authentication = Macro(environment, macro, 'authentication', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_83 = []
        l_1_doc = resolve('doc')
        l_1_link = resolve('link')
        pass
        if context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'about'), 'authorization'):
            pass
            t_83.extend((
                str(context.call((undefined(name='quoted') if l_0_quoted is missing else l_0_quoted), context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'about'), 'authorization'))),
                '\n',
            ))
        else:
            pass
            t_83.extend((
                str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'authorization', str_join(('Add an `## Authorization` (or `## Access control`) section to the component notes that enforce access', (str_join((' (for example ', context.call((undefined(name='link') if l_1_link is missing else l_1_link), environment.getattr(environment.getitem(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'components'), 0), 'ref')), ')', )) if environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'components') else ''), '.', )))),
                '\n',
            ))
        return concat(t_83)
    context.exported_vars.add('authorization')
    context.vars['authorization'] = l_0_authorization = Macro(environment, macro, 'authorization', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_with_sections):
        t_84 = []
        l_1_doc = resolve('doc')
        if l_1_with_sections is missing:
            l_1_with_sections = True
        pass
        if (environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'classified_flows') or (l_1_with_sections and context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'about'), 'security'))):
            pass
            t_84.extend((
                str(context.call((undefined(name='data_flows') if l_0_data_flows is missing else l_0_data_flows))),
                '\n',
            ))
            if l_1_with_sections:
                pass
                t_84.extend((
                    str(context.call((undefined(name='quoted') if l_0_quoted is missing else l_0_quoted), context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'about'), 'security'))),
                    '\n',
                ))
        else:
            pass
            t_84.extend((
                str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'data protection', 'No link states the class of data it carries and no component has a `## Security` section: add `data:` (for example PII) to the `depends_on` links that carry it, or the section.')),
                '\n',
            ))
        return concat(t_84)
    context.exported_vars.add('data_protection')
    context.vars['data_protection'] = l_0_data_protection = Macro(environment, macro, 'data_protection', ('with_sections',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_85 = []
        l_1_doc = resolve('doc')
        l_1_standards = missing
        pass
        l_1_standards = environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'compliance')
        t_86 = 1
        for (l_2_standard, l_2_sources) in (undefined(name='standards') if l_1_standards is missing else l_1_standards):
            _loop_vars = {}
            pass
            t_85.extend((
                '- **',
                str(l_2_standard),
                '** (',
                str(context.call((undefined(name='links') if l_0_links is missing else l_0_links), l_2_sources, _loop_vars=_loop_vars)),
                ')\n',
            ))
            t_86 = 0
        l_2_standard = l_2_sources = missing
        if t_86:
            pass
            t_85.extend((
                str(context.call((undefined(name='missing_compliance') if l_0_missing_compliance is missing else l_0_missing_compliance))),
                '\n',
            ))
        return concat(t_85)
    context.exported_vars.add('compliance')
    context.vars['compliance'] = l_0_compliance = Macro(environment, macro, 'compliance', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_87 = []
        l_1_doc = resolve('doc')
        l_1_reached = missing
        pass
        l_1_reached = context.call(environment.getattr((undefined(name='doc') if l_1_doc is missing else l_1_doc), 'fan_in'))
        if (undefined(name='reached') if l_1_reached is missing else l_1_reached):
            pass
            t_87.append(
                'Components by the number of components that link to them (fan-in, derived from the links; the most reached are candidate bottlenecks):\n',
            )
            for (l_2_c, l_2_count) in (undefined(name='reached') if l_1_reached is missing else l_1_reached):
                l_2_link = resolve('link')
                _loop_vars = {}
                pass
                t_87.extend((
                    '- ',
                    str(context.call((undefined(name='link') if l_2_link is missing else l_2_link), environment.getattr(l_2_c, 'ref'), _loop_vars=_loop_vars)),
                    ': ',
                    str(l_2_count),
                    '\n',
                ))
            l_2_c = l_2_count = l_2_link = missing
        else:
            pass
            t_87.extend((
                str(context.call((undefined(name='gap') if l_0_gap is missing else l_0_gap), 'bottleneck analysis', 'No component of this system is linked to by another: add `depends_on:` (or `reads:`, `calls:`, …) links between components.')),
                '\n',
            ))
        return concat(t_87)
    context.exported_vars.add('fan_in')
    context.vars['fan_in'] = l_0_fan_in = Macro(environment, macro, 'fan_in', (), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '5=72&7=81&8=83&9=85&10=87&11=89&14=95&16=102&17=108&23=119&25=125&30=138&32=168&33=173&35=179&37=181&43=189&44=198&45=200&48=207&50=219&52=231&54=247&56=263&58=279&60=291&62=301&64=311&66=321&68=331&70=341&72=353&74=363&76=373&78=387&80=399&86=408&88=443&91=451&92=456&96=468&97=473&98=478&103=497&104=501&105=512&107=522&111=529&112=537&114=547&116=551&123=558&124=565&126=569&128=572&132=580&136=587&139=594&140=600&144=618&145=622&146=631&150=638&154=648&155=653&156=659&159=678&163=685&164=690&165=691&166=694&168=712&172=719&175=727&176=733&180=749&182=777&183=782&184=786&188=794&189=804&190=805&191=806&192=808&193=812&195=816&196=817&197=827&200=838&204=845&207=852&208=858&210=865&211=871&215=899&217=914&218=918&219=924&221=949&222=955&224=973&231=982&232=988&233=996&235=1000&237=1003&238=1007&241=1039&246=1049&248=1068&250=1096&252=1117&254=1121&255=1125&257=1130&258=1133&259=1138&260=1144&261=1149&269=1164&272=1196&274=1214&275=1219&276=1222&279=1227&280=1233&283=1256&287=1263&288=1272&289=1277&291=1297&292=1301&294=1306&295=1308&296=1312&297=1316&299=1319&300=1323&302=1326&304=1330&306=1332&308=1335&312=1339&314=1342&317=1347&318=1352&321=1356&324=1361&325=1366&332=1374&333=1379&334=1383&338=1390&343=1410&344=1415&345=1422&351=1443&352=1448&353=1455&359=1476&360=1481&361=1488&368=1508&369=1520&370=1523&371=1526&372=1529&373=1532&374=1535&376=1541&380=1548&381=1553&382=1554&383=1557&384=1560&385=1564&387=1570&391=1577&392=1583&393=1587&396=1594&398=1603&402=1611&403=1616&404=1617&407=1622&408=1628&411=1639&415=1646&416=1651&417=1652&420=1657&421=1663&428=1677&429=1681&430=1687&432=1711&433=1714&434=1717&438=1724&439=1729&440=1732&442=1738&446=1745&447=1751&448=1754&449=1757&450=1760&453=1766&457=1773&458=1778&459=1780&460=1785&462=1795&466=1802&467=1807&468=1808&470=1813&471=1819&474=1828'