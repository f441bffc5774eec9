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
    l_0_sdd = l_0_scale = l_0_availability = l_0_security = missing
    try:
        t_1 = environment.filters['capitalize']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capitalize' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_5 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_6 = environment.filters['yaml']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'yaml' found.")
    pass
    l_0_sdd = context.vars['sdd'] = environment.get_template('_sdd.md.j2', 'detailed.md.j2').make_module(context.get_all(), True, {'availability': l_0_availability, 'scale': l_0_scale, 'sdd': l_0_sdd, 'security': l_0_security})
    context.exported_vars.discard('sdd')
    yield '---\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'properties')))
    yield '\nowner: '
    yield str(t_6(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'owner')))
    yield '\nstatus: '
    yield str(t_6(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'status')))
    yield '\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'latest_date'):
        pass
        yield 'updated: '
        yield str(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'latest_date'))
        yield '\n'
    yield 'prds:\n'
    t_7 = 1
    for l_1_prd in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'prds'):
        _loop_vars = {}
        pass
        yield '  - '
        yield str(t_6(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_prd, 'ref'), _loop_vars=_loop_vars)))
        yield '\n'
        t_7 = 0
    l_1_prd = missing
    if t_7:
        pass
        yield '  []\n'
    yield 'components:\n'
    t_8 = 1
    for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        _loop_vars = {}
        pass
        yield '  - '
        yield str(t_6(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars)))
        yield '\n'
        t_8 = 0
    l_1_c = missing
    if t_8:
        pass
        yield '  []\n'
    yield 'decisions:\n'
    t_9 = 1
    for l_1_d in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'decisions'):
        _loop_vars = {}
        pass
        yield '  - '
        yield str(t_6(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_d, 'ref'), _loop_vars=_loop_vars)))
        yield '\n'
        t_9 = 0
    l_1_d = missing
    if t_9:
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
        yield ')\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_description')))
        yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'problem', 'Problem'))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'prd_part'), 'goals', 'Goals'))
    yield '\n\n### Scope\n'
    if context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'scope'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'scope')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_system_section'), 'Scope', 'scope'))
        yield '\n'
    yield '\n## 2. Requirements\n\n### Functional requirements\n'
    if t_2(context.eval_ctx, t_5(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'prds'), 'requirements')):
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
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'nfr_table'), environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_nfr')))
        yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'compliance_list')))
    yield '\n\n## 3. High-level architecture\n\n### Architecture diagrams\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'context')))
    yield '\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        pass
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'diagram'), environment.getattr((undefined(name='diagrams') if l_0_diagrams is missing else l_0_diagrams), 'containers')))
        yield '\n'
    yield '\n### Main components\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'component_table')))
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'shared_components')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n### Cloud services\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'cloud services', ['cloud', 'hosting', 'deployment-platform']))
    yield '\n\n## 4. Detailed component design\n'
    t_10 = 1
    for l_1_c in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'components'):
        _loop_vars = {}
        pass
        yield '\n#### '
        yield str(environment.getattr(environment.getattr(l_1_c, 'ref'), 'name'))
        yield '\n- **Note**: '
        yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars))
        yield '\n- **Kind**: '
        yield str((environment.getattr(l_1_c, 'kind') or 'not given'))
        yield '\n- **Technologies**: '
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), environment.getattr(l_1_c, 'technologies'), _loop_vars=_loop_vars))
        yield '\n- **Depends on**: '
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), environment.getattr(l_1_c, 'depends_on'), _loop_vars=_loop_vars))
        yield '\n- **Depended on by**: '
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'links'), t_3(context, context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'depending_on'), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars), attribute='ref'), _loop_vars=_loop_vars))
        yield '\n- **Owner**: '
        yield str((environment.getattr(l_1_c, 'owner') or 'not named'))
        yield '\n'
        if environment.getattr(l_1_c, 'description'):
            pass
            yield '\n'
            yield str(environment.getattr(l_1_c, 'description'))
            yield '\n'
        def t_11(fiter):
            for l_2_section in fiter:
                if (environment.getattr(l_2_section, 'source') == environment.getattr(l_1_c, 'ref')):
                    yield l_2_section
        for l_2_section in t_11(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'sections')):
            _loop_vars = {}
            pass
            yield '\n**'
            yield str(t_1(t_4(context.eval_ctx, environment.getattr(l_2_section, 'name'), '-', ' ')))
            yield '** (from '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_c, 'ref'), _loop_vars=_loop_vars))
            yield '):\n\n'
            yield str(environment.getattr(l_2_section, 'text'))
            yield '\n'
        l_2_section = missing
        t_10 = 0
    l_1_c = missing
    if t_10:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_components')))
        yield '\n'
    yield '\n## 5. Technology choices\n\n### Technology stack\n'
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'technologies'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'tech_table'), environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'technologies')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_technologies')))
        yield '\n'
    yield '\n### Decisions required\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'checklist')))
    yield '\n\n## 6. Scaling and availability\n\n### Scaling strategy\n'
    l_0_scale = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'nfrs_named'), 'users', 'throughput_rps')
    context.vars['scale'] = l_0_scale
    context.exported_vars.add('scale')
    if ((undefined(name='scale') if l_0_scale is missing else l_0_scale) or context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'scaling')):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'nfr_list'), (undefined(name='scale') if l_0_scale is missing else l_0_scale)))
        yield '\n'
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'scaling')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'gap'), 'scaling strategy', "Add `users` or `throughput_rps` to the PRD's `nfr:` map, or a `## Scaling` section to a component note."))
        yield '\n'
    yield '\n### Availability strategy\n'
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
    yield '\n\n## 7. Security\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'compliance_list')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'data_flows')))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'security')))
    yield '\n'
    l_0_security = context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'accepted_in'), 'security', 'authentication', 'authorization', 'encryption', 'secrets')
    context.vars['security'] = l_0_security
    context.exported_vars.add('security')
    for l_1_d in (undefined(name='security') if l_0_security is missing else l_0_security):
        _loop_vars = {}
        pass
        yield '- '
        yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_d, 'ref'), _loop_vars=_loop_vars))
        yield ' chose '
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'chosen'), l_1_d, _loop_vars=_loop_vars))
        yield ' (`'
        yield str(environment.getattr(l_1_d, 'area'))
        yield '`)\n'
    l_1_d = missing
    yield '\n## 8. Cost estimations\n'
    if context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'cost'):
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'cost')))
        yield '\n'
    else:
        pass
        yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'missing_prd_section'), 'Cost', 'cost estimate'))
        yield '\n'
    yield '\n## 9. Operational considerations\n\n### Deployment\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'deployment', ['cloud', 'container-orchestration', 'ci-cd', 'load-balancer', 'deployment']))
    yield '\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'quoted'), context.call(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'about'), 'operations')))
    yield '\n\n### Backup and restore\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'recovery')))
    yield '\n\n### Logging and alerting\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'logging and alerting', ['logging', 'alerting']))
    yield '\n\n## 10. Risk assessment\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'risks')))
    yield '\n\n## 11. Monitoring and metrics\n\n### Monitoring tools\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'practice'), 'monitoring', ['monitoring', 'metrics', 'tracing']))
    yield '\n\n### Key metrics\n'
    if t_2(context.eval_ctx, t_5(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'prds'), 'success_metrics')):
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
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'proposed'):
        pass
        for l_1_d in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'proposed'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_d, 'ref'), _loop_vars=_loop_vars))
            yield ' would choose '
            yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'chosen'), l_1_d, _loop_vars=_loop_vars))
            if environment.getattr(l_1_d, 'area'):
                pass
                yield ' (`'
                yield str(environment.getattr(l_1_d, 'area'))
                yield '`)'
            yield '\n'
        l_1_d = missing
    else:
        pass
        yield 'No proposed decision is waiting.\n'
    yield '\n## Appendix\n\n### Decision log\n'
    yield str(context.call(environment.getattr((undefined(name='sdd') if l_0_sdd is missing else l_0_sdd), 'decision_log')))
    yield '\n\n### References\n'
    for l_1_source in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'sources'):
        _loop_vars = {}
        pass
        yield '- '
        yield str(context.call((undefined(name='link') if l_0_link is missing else l_0_link), l_1_source, _loop_vars=_loop_vars))
        yield '\n'
    l_1_source = missing

blocks = {}
debug_info = '6=52&8=55&9=57&10=59&11=61&12=64&15=68&16=72&21=81&22=85&27=94&28=98&32=105&35=107&37=109&39=117&42=120&43=124&49=132&50=134&52=140&54=142&55=144&58=146&59=148&61=152&67=155&68=157&69=159&70=161&72=165&76=168&77=170&79=174&81=176&86=178&87=180&89=183&93=186&94=188&95=190&97=194&101=197&104=200&106=204&107=206&108=208&109=210&110=212&111=214&112=216&113=218&115=221&117=223&119=231&121=235&124=242&130=245&131=247&133=251&137=254&142=256&143=259&144=261&145=263&147=267&151=270&152=273&153=275&155=279&159=282&162=284&163=286&164=288&165=290&166=293&167=297&171=305&172=307&174=311&180=314&181=316&184=318&187=320&190=322&195=324&198=326&199=328&201=332&207=335&210=337&211=339&212=343&222=357&225=359&226=363'