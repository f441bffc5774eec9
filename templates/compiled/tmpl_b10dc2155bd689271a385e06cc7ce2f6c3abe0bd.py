from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'detailed.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    l_0_link = resolve('link')
    l_0_outline = resolve('outline')
    l_0_diagrams = resolve('diagrams')
    l_0_sdd = l_0_others = l_0_availability = missing
    try:
        t_1 = environment.filters['capitalize']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capitalize' found.")
    try:
        t_2 = environment.filters['cell']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'cell' found.")
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
        t_6 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_7 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_8 = environment.filters['unique']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'unique' found.")
    try:
        t_9 = environment.filters['yaml']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'yaml' found.")
    pass
    l_0_sdd = context.vars['sdd'] = environment.get_template('_sdd.md.j2', 'detailed.md.j2').make_module(context.get_all(), True, {'availability': l_0_availability, 'others': l_0_others, 'sdd': l_0_sdd})
    context.exported_vars.discard('sdd')
    yield '---\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'properties')))
    yield '\nowner: '
    yield str(t_9(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'owner')))
    yield '\nstatus: '
    yield str(t_9(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'status')))
    yield '\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'latest_date'):
        pass
        yield 'updated: '
        yield str(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'latest_date'))
        yield '\n'
    yield 'prds:\n'
    t_10 = 1
    for l_1_prd in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'prds'):
        _loop_vars = {}
        pass
        yield '  - '
        yield str(t_9(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_prd, 'ref'), _loop_vars=_loop_vars)))
        yield '\n'
        t_10 = 0
    l_1_prd = missing
    if t_10:
        pass
        yield '  []\n'
    yield 'components:\n'
    t_11 = 1
    for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        _loop_vars = {}
        pass
        yield '  - '
        yield str(t_9(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars)))
        yield '\n'
        t_11 = 0
    l_1_c = missing
    if t_11:
        pass
        yield '  []\n'
    yield 'decisions:\n'
    t_12 = 1
    for l_1_d in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decisions'):
        _loop_vars = {}
        pass
        yield '  - '
        yield str(t_9(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_d, 'ref'), _loop_vars=_loop_vars)))
        yield '\n'
        t_12 = 0
    l_1_d = missing
    if t_12:
        pass
        yield '  []\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'sources')))
    yield '\n---\n\n# System design for '
    yield str(environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'system'), 'name'))
    yield '\n\n**Owner:** '
    yield str((environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'owner') or 'not named'))
    yield ' · **Status:** '
    yield str((environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'status') or 'not given'))
    yield ' · **Latest decision:** '
    yield str((environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'latest_date') or 'none dated'))
    yield ' · **System note:** '
    yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'system')))
    yield '\n\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'generated_notice')))
    yield '\n\n> [!abstract] Contents\n'
    l_1_loop = missing
    for l_1_heading, l_1_loop in LoopContext((undefined(name='outline') if l_0_outline is missing else l_0_outline), undefined):
        _loop_vars = {}
        pass
        yield '> '
        yield str(environment.getattr(l_1_loop, 'index'))
        yield '. [[#'
        yield str(l_1_heading)
        yield '|'
        yield str(environment.getitem(context.call(environment.getattr(l_1_heading, 'split'), '. ', 1, _loop_vars=_loop_vars), -1))
        yield ']]\n'
    l_1_loop = l_1_heading = missing
    yield '\n## 1. Overview\n\n### Purpose\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'description'):
        pass
        yield str(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'description'))
        yield ' ('
        yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'system')))
        yield str((', its first paragraph' if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'described_in_text') else cond_expr_undefined("the inline if-expression on line 50 in 'detailed.md.j2' evaluated to false and no else section was defined.")))
        yield ')\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_description')))
        yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'objectives')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'problem', 'Problem'))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'goals', 'Goals'))
    yield '\n\n### Scope\n'
    if (context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'scope') or context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'context')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'scope')))
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'context')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_system_section'), 'Scope', 'scope'))
        yield '\n'
    yield '\n## 2. Requirements\n\n### Functional requirements\n'
    if t_4(context.eval_ctx, t_7(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'prds'), 'requirements')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'requirements', 'Requirements'))
        yield '\n'
    elif environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'prds'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_prd_section'), 'Requirements', 'functional requirements'))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_prd')))
        yield '\n'
    yield '\n### Non-functional requirements\n'
    l_0_others = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs_except'), 'users', 'throughput_rps', 'availability', 'rpo_minutes', 'rto_minutes')
    context.vars['others'] = l_0_others
    context.exported_vars.add('others')
    if (undefined(name='others') if l_0_others is missing else l_0_others):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'nfr_table'), (undefined(name='others') if l_0_others is missing else l_0_others)))
        yield '\n'
    if (not environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_nfr')))
        yield '\n'
    elif (t_3((undefined(name='others') if l_0_others is missing else l_0_others)) < t_3(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs'))):
        pass
        yield 'Load, availability and recovery targets are under [[#Scaling and availability]].\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'nfr-text')))
    yield '\n\n**Compliance**\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'compliance')))
    yield '\n\n## 3. High-level architecture\n\n### Architecture diagram\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'context'), str_join(('Nothing outside ', context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'system')), ' is linked to its components, so there is no context to draw.', ))))
    yield '\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        pass
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'containers')))
        yield '\n'
    elif (not environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'context')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n### Main components\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        pass
        yield '| Component | Kind | Responsibility |\n|---|---|---|\n'
        for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'ref'), table=True, _loop_vars=_loop_vars))
            yield ' | '
            yield str(t_2(environment.getattr(l_1_c, 'kind')))
            yield ' | '
            yield str(t_2(environment.getattr(l_1_c, 'description')))
            yield ' |\n'
        l_1_c = missing
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'shared_components')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n### Cloud services\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'cloud services', ['cloud', 'hosting', 'deployment-platform']))
    yield '\n\n## 4. Detailed component design\n'
    l_1_loop = missing
    t_13 = 1
    for l_1_c, l_1_loop in LoopContext(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'), undefined):
        _loop_vars = {}
        pass
        yield '\n#### '
        yield str(environment.getattr(environment.getattr(l_1_c, 'ref'), 'name'))
        yield '\n- **Technologies**: '
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), environment.getattr(l_1_c, 'technologies'), _loop_vars=_loop_vars))
        yield '\n- **Links**: '
        def t_14(fiter):
            for l_2_f in fiter:
                if (environment.getattr(l_2_f, 'source') == environment.getattr(l_1_c, 'ref')):
                    yield l_2_f
        l_2_loop = missing
        t_15 = 1
        for l_2_f, l_2_loop in LoopContext(t_14(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'flows')), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_2_f, 'verb'))
            yield ' '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_f, 'target'), _loop_vars=_loop_vars))
            if environment.getattr(l_2_f, 'protocol'):
                pass
                yield ' over '
                yield str(environment.getattr(l_2_f, 'protocol'))
            yield str(('; ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 123 in 'detailed.md.j2' evaluated to false and no else section was defined.")))
            t_15 = 0
        l_2_loop = l_2_f = missing
        if t_15:
            pass
            yield 'none'
        yield '\n- **Reached by**: '
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), t_4(context.eval_ctx, t_8(environment, t_5(context, t_7(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'flows'), 'target', 'equalto', environment.getattr(l_1_c, 'ref')), attribute='source'))), False, 'nothing', _loop_vars=_loop_vars))
        yield '\n- **Owner**: '
        yield str((environment.getattr(l_1_c, 'owner') or 'not named'))
        yield '\n'
        def t_16(fiter):
            for l_2_section in fiter:
                if (environment.getattr(l_2_section, 'source') == environment.getattr(l_1_c, 'ref')):
                    yield l_2_section
        for l_2_section in t_16(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'sections')):
            _loop_vars = {}
            pass
            yield '\n**'
            yield str(t_1(t_6(context.eval_ctx, environment.getattr(l_2_section, 'name'), '-', ' ')))
            yield '** (from '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars))
            yield '):\n\n'
            yield str(environment.getattr(l_2_section, 'text'))
            yield '\n'
        l_2_section = missing
        t_13 = 0
    l_1_loop = l_1_c = missing
    if t_13:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n## 5. Technology choices\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'technologies'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'tech_table'), environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'technologies')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_technologies')))
        yield '\n'
    yield '\n**Decisions required**\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'checklist')))
    yield '\n\n## 6. Scaling and availability\n\n### Scaling strategy\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'nfr_list'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs_named'), 'users', 'throughput_rps')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'scaling')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'fan_in')))
    yield '\n\n### Availability strategy\n'
    l_0_availability = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs_named'), 'availability')
    context.vars['availability'] = l_0_availability
    context.exported_vars.add('availability')
    if (undefined(name='availability') if l_0_availability is missing else l_0_availability):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'nfr_list'), (undefined(name='availability') if l_0_availability is missing else l_0_availability)))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_availability')))
        yield '\n'
    yield '\n### Disaster recovery\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'recovery')))
    yield '\n\n## 7. Security\n\n### Data encryption\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'data_protection'), with_sections=False))
    yield '\n\n### Access policies\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'authentication')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'authorization')))
    yield '\n\n### Application security\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'security', 'Security', 'application security'))
    yield '\n\n### Network security\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'network', 'Network', 'network security'))
    yield '\n\n## 8. Cost estimations\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'cost', 'Cost', 'cost estimate', 'prd'))
    yield '\n\n## 9. Operational considerations\n\n### Deployment strategy\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'deployment', ['container-orchestration', 'load-balancer', 'deployment']))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'operations')))
    yield '\n\n### Backup and restore strategy\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'backup', 'Backup', 'backup and restore strategy'))
    yield '\n\n### CI/CD pipeline\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'CI/CD pipeline', ['ci-cd', 'ci', 'cd', 'build-pipeline']))
    yield '\n\n### Logging and alerting\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'logging and alerting', ['logging', 'alerting']))
    yield '\n\n## 10. Risk assessment\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'risks')))
    yield '\n\n## 11. Monitoring and metrics\n\n### Monitoring tools\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'monitoring', ['monitoring', 'metrics', 'tracing']))
    yield '\n\n### Key metrics\n'
    if t_4(context.eval_ctx, t_7(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'prds'), 'success_metrics')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'success_metrics', 'Success metrics'))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_prd_section'), 'Success metrics', 'success metrics'))
        yield '\n'
    yield '\n## 12. Open questions and future considerations\n\n### Open questions\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'open_questions')))
    yield '\n\n### Future considerations\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'section_or_gap'), 'future', 'Future considerations', 'future considerations', 'system'))
    yield '\n\n## 13. Decision log\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'decision_areas')))
    yield '\n'
    if (not environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decisions')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_decisions')))
        yield '\n'
    yield '\n## 14. Vault gaps\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'vault_gaps')))
    yield '\n'

blocks = {}
debug_info = '6=70&8=73&9=75&10=77&11=79&12=82&15=86&16=90&21=99&22=103&27=112&28=116&32=123&35=125&37=127&39=135&42=138&43=142&49=150&50=152&52=159&54=161&55=163&56=165&59=167&60=169&61=171&63=175&69=178&70=180&71=182&72=184&74=188&78=191&79=194&80=196&82=198&83=200&84=202&87=205&90=207&95=209&96=211&98=214&99=216&100=218&104=221&107=224&108=228&110=235&112=239&116=242&119=246&121=250&122=252&123=254&125=277&126=279&127=281&129=289&131=293&134=300&138=303&139=305&141=309&145=312&150=314&151=316&152=318&155=320&156=323&157=325&159=329&163=332&168=334&171=336&172=338&175=340&178=342&181=344&186=346&187=348&190=350&193=352&196=354&199=356&204=358&207=360&208=362&210=366&216=369&219=371&222=373&223=375&224=377&228=380'